; A load (from the stack frame's address).
declare ptr @llvm.frameaddress.p0(i32)

define double @cruft_fn_0(i64 %depth, i64 %stackLimit, double %a) {
  %fa = call ptr @llvm.frameaddress.p0(i32 0)
  %v = load double, ptr %fa
  ret double %v
}
