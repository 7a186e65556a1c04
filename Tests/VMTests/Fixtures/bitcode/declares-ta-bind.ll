; Native code may not bind slots: cruft_ta_bind is the VM's.
declare void @cruft_ta_bind(i32, ptr, i64)

define double @cruft_fn_0(i64 %depth, i64 %stackLimit, double %a) #0 {
  call void @cruft_ta_bind(i32 0, ptr null, i64 1000000)
  ret double %a
}

attributes #0 = { "no-jump-tables"="true" }
