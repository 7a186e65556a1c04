; A pointer made from a number, then called.
define double @cruft_fn_0(i64 %depth, i64 %stackLimit, double %a) {
  %i = fptoui double %a to i64
  %p = inttoptr i64 %i to ptr
  %r = call double %p(double %a)
  ret double %r
}
