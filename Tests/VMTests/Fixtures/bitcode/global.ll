; A global variable: native code has no memory at all.
@counter = internal global double 0.0

define double @cruft_fn_0(i64 %depth, i64 %stackLimit, double %a) {
  ret double %a
}
