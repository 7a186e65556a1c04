; Declares open(2): not a runtime entry point.
declare i32 @open(ptr, i32, ...)

define double @cruft_fn_0(i64 %depth, i64 %stackLimit, double %a) {
  %r = call i32 (ptr, i32, ...) @open(ptr null, i32 0)
  %d = sitofp i32 %r to double
  ret double %d
}
