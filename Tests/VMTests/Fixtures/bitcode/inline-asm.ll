; An inline assembly call.
define double @cruft_fn_0(i64 %depth, i64 %stackLimit, double %a) {
  %r = call double asm "movapd $1, $0", "=x,x"(double %a)
  ret double %r
}
