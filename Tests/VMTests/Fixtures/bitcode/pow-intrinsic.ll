; llvm.pow.f64 would become a call to libm's pow, which the VM does not expose.
declare double @llvm.pow.f64(double, double)

define double @cruft_fn_0(i64 %depth, i64 %stackLimit, double %a, double %b) {
  %r = call double @llvm.pow.f64(double %a, double %b)
  ret double %r
}
