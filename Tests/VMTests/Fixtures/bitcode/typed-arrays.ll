; Typed-array parameters (slots): cruft_fn_1(a: Float64Array, b: number) sums a's elements (s), checks
; that reads at length, -1 and 0.5 give NaN and that writes there are ignored, stores s + b into
; a[0] and returns s + 1000 (plus 1e6 if a check failed). The test's bytecode says a + b.
; Every accessor of every kind is declared, as the checker allows them.
declare ptr @llvm.frameaddress.p0(i32)
declare void @cruft_rt_stack_overflow() noreturn nounwind
declare double @cruft_ta_length(double) nounwind willreturn memory(none)
declare double @cruft_ta_get_i8(double, double) nounwind willreturn memory(inaccessiblemem: read)
declare double @cruft_ta_get_u8(double, double) nounwind willreturn memory(inaccessiblemem: read)
declare double @cruft_ta_get_u8c(double, double) nounwind willreturn memory(inaccessiblemem: read)
declare double @cruft_ta_get_i16(double, double) nounwind willreturn memory(inaccessiblemem: read)
declare double @cruft_ta_get_u16(double, double) nounwind willreturn memory(inaccessiblemem: read)
declare double @cruft_ta_get_i32(double, double) nounwind willreturn memory(inaccessiblemem: read)
declare double @cruft_ta_get_u32(double, double) nounwind willreturn memory(inaccessiblemem: read)
declare double @cruft_ta_get_f32(double, double) nounwind willreturn memory(inaccessiblemem: read)
declare double @cruft_ta_get_f64(double, double) nounwind willreturn memory(inaccessiblemem: read)
declare void @cruft_ta_set_i8(double, double, double) nounwind willreturn memory(inaccessiblemem: write)
declare void @cruft_ta_set_u8(double, double, double) nounwind willreturn memory(inaccessiblemem: write)
declare void @cruft_ta_set_u8c(double, double, double) nounwind willreturn memory(inaccessiblemem: write)
declare void @cruft_ta_set_i16(double, double, double) nounwind willreturn memory(inaccessiblemem: write)
declare void @cruft_ta_set_u16(double, double, double) nounwind willreturn memory(inaccessiblemem: write)
declare void @cruft_ta_set_i32(double, double, double) nounwind willreturn memory(inaccessiblemem: write)
declare void @cruft_ta_set_u32(double, double, double) nounwind willreturn memory(inaccessiblemem: write)
declare void @cruft_ta_set_f32(double, double, double) nounwind willreturn memory(inaccessiblemem: write)
declare void @cruft_ta_set_f64(double, double, double) nounwind willreturn memory(inaccessiblemem: write)

define double @cruft_fn_1(i64 %depth, i64 %stackLimit, double %a, double %b) #0 {
entry:
  %fa = call ptr @llvm.frameaddress.p0(i32 0)
  %fi = ptrtoint ptr %fa to i64
  %low = icmp ult i64 %fi, %stackLimit
  %deep = icmp slt i64 %depth, 0
  %stop = or i1 %low, %deep
  br i1 %stop, label %overflow, label %start
overflow:
  call void @cruft_rt_stack_overflow()
  unreachable
start:
  %n = call double @cruft_ta_length(double %a)
  br label %loop
loop:
  %i = phi double [ 0.0, %start ], [ %i1, %body ]
  %s = phi double [ 0.0, %start ], [ %s1, %body ]
  %more = fcmp olt double %i, %n
  br i1 %more, label %body, label %done
body:
  %e = call double @cruft_ta_get_f64(double %a, double %i)
  %s1 = fadd double %s, %e
  %i1 = fadd double %i, 1.0
  br label %loop
done:
  call void @cruft_ta_set_f64(double %a, double %n, double 99.0)
  call void @cruft_ta_set_f64(double %a, double -1.0, double 99.0)
  call void @cruft_ta_set_f64(double %a, double 0.5, double 99.0)
  %r1 = call double @cruft_ta_get_f64(double %a, double %n)
  %r2 = call double @cruft_ta_get_f64(double %a, double -1.0)
  %r3 = call double @cruft_ta_get_f64(double %a, double 0.5)
  %o1 = fcmp ord double %r1, %r2
  %o2 = fcmp ord double %r3, 0.0
  %bad = or i1 %o1, %o2
  %penalty = select i1 %bad, double 1.0e6, double 0.0
  %v = fadd double %s, %b
  call void @cruft_ta_set_f64(double %a, double 0.0, double %v)
  %r = fadd double %s, 1000.0
  %rr = fadd double %r, %penalty
  ret double %rr
}

attributes #0 = { "no-jump-tables"="true" }
