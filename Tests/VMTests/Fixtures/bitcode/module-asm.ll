; Module-level inline assembly.
module asm ".globl cruft_evil"

define double @cruft_fn_0(i64 %depth, i64 %stackLimit, double %a) {
  ret double %a
}
