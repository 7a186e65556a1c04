; llvm.frameaddress(1) reads the caller's saved frame pointer from memory.
declare ptr @llvm.frameaddress.p0(i32)

define double @cruft_fn_0(i64 %depth, i64 %stackLimit, double %a) {
  %fa = call ptr @llvm.frameaddress.p0(i32 1)
  %fi = ptrtoint ptr %fa to i64
  %d = uitofp i64 %fi to double
  ret double %d
}
