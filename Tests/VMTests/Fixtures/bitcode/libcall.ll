; Passes every IR check, but code generation turns the 128-bit division into a call to the
; compiler runtime's __divti3, which the JIT does not expose: the link fails naming it.
define double @cruft_fn_1(i64 %depth, i64 %stackLimit, double %a, double %b) {
  %x = fptosi double %a to i64
  %y = fptosi double %b to i64
  %wx = sext i64 %x to i128
  %wy = sext i64 %y to i128
  %q = sdiv i128 %wx, %wy
  %t = trunc i128 %q to i64
  %r = sitofp i64 %t to double
  ret double %r
}
