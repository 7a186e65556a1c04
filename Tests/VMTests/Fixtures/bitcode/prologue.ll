; Prologue data: bytes emitted at the function's entry, which run as machine code (here int3).
define double @cruft_fn_0(i64 %depth, i64 %stackLimit, double %a) prologue i8 204 {
  ret double %a
}
