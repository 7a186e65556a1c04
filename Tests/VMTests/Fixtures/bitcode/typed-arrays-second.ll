; A typed array in the second parameter (slot 1): cruft_fn_1(x: number, a: Uint8ClampedArray) stores
; x into a[0] (clamped) and returns length(a) + 1000 + a[1]. The test's bytecode says x + a.
declare ptr @llvm.frameaddress.p0(i32)
declare void @cruft_rt_stack_overflow() noreturn nounwind
declare double @cruft_ta_length(double) nounwind willreturn memory(none)
declare double @cruft_ta_get_u8c(double, double) nounwind willreturn memory(inaccessiblemem: read)
declare void @cruft_ta_set_u8c(double, double, double) nounwind willreturn memory(inaccessiblemem: write)

define double @cruft_fn_1(i64 %depth, i64 %stackLimit, double %x, double %a) #0 {
entry:
  %fa = call ptr @llvm.frameaddress.p0(i32 0)
  %fi = ptrtoint ptr %fa to i64
  %low = icmp ult i64 %fi, %stackLimit
  %deep = icmp slt i64 %depth, 0
  %stop = or i1 %low, %deep
  br i1 %stop, label %overflow, label %body
overflow:
  call void @cruft_rt_stack_overflow()
  unreachable
body:
  call void @cruft_ta_set_u8c(double %a, double 0.0, double %x)
  %n = call double @cruft_ta_length(double %a)
  %e = call double @cruft_ta_get_u8c(double %a, double 1.0)
  %s = fadd double %n, 1000.0
  %r = fadd double %s, %e
  ret double %r
}

attributes #0 = { "no-jump-tables"="true" }
