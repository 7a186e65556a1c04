; Declares the C library's system(): not a runtime entry point.
declare i32 @system(ptr)

define double @cruft_fn_0(i64 %depth, i64 %stackLimit) {
  %r = call i32 @system(ptr null)
  %d = sitofp i32 %r to double
  ret double %d
}
