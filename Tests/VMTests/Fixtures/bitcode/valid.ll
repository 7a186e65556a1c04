; A module the checks accept; the ABI is double cruft_fn_F(i64 depth, i64 stackLimit, double...).
; cruft_fn_1(a, b) = a + b + 1000 (the test's bytecode says a + b, so the result shows which ran);
; cruft_fn_2 recurses without end (the depth or stack check stops it); cruft_fn_3
; uses a runtime entry point, a libm call (frem is fmod), an intrinsic and an internal helper;
; cruft_fn_4 returns a boolean.
declare ptr @llvm.frameaddress.p0(i32)
declare void @cruft_rt_stack_overflow() noreturn nounwind
declare double @cruft_math_pow(double, double) nounwind memory(none)
declare double @cruft_math_sin(double) nounwind memory(none)
declare double @llvm.floor.f64(double)

define double @cruft_fn_1(i64 %depth, i64 %stackLimit, double %a, double %b) #0 {
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
  %s = fadd double %a, %b
  %r = fadd double %s, 1000.0
  ret double %r
}

define double @cruft_fn_2(i64 %depth, i64 %stackLimit, double %n) #0 {
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
  %next = fadd double %n, 1.0
  %deeper = sub i64 %depth, 1
  %inner = call double @cruft_fn_2(i64 %deeper, i64 %stackLimit, double %next)
  %r = fadd double %inner, 1.0
  ret double %r
}

define internal double @helper(double %x) #0 {
  %f = call double @llvm.floor.f64(double %x)
  ret double %f
}

; fmod(x, y) + floor(x) + pow(x, 2) + sin(x)
define double @cruft_fn_3(i64 %depth, i64 %stackLimit, double %x, double %y) #0 {
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
  %m = frem double %x, %y
  %f = call double @helper(double %x)
  %p = call double @cruft_math_pow(double %x, double 2.0)
  %s = call double @cruft_math_sin(double %x)
  %t1 = fadd double %m, %f
  %t2 = fadd double %t1, %p
  %t3 = fadd double %t2, %s
  ret double %t3
}

; x > 0
define double @cruft_fn_4(i64 %depth, i64 %stackLimit, double %x) #0 {
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
  %c = fcmp ogt double %x, 0.0
  %r = uitofp i1 %c to double
  ret double %r
}

attributes #0 = { "no-jump-tables"="true" }
