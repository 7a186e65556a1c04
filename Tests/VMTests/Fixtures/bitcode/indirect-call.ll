; A call through a pointer chosen at run time.
define internal double @one(i64 %depth, i64 %stackLimit, double %a) {
  ret double 1.0
}

define double @cruft_fn_0(i64 %depth, i64 %stackLimit, double %a) {
  %c = fcmp ogt double %a, 0.0
  %p = select i1 %c, ptr @one, ptr @cruft_fn_0
  %r = call double %p(i64 %depth, i64 %stackLimit, double %a)
  ret double %r
}
