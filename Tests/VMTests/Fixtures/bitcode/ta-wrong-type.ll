; cruft_ta_get_f64 is double (double, double); here it takes an integer index.
declare double @cruft_ta_get_f64(double, i64)

define double @cruft_fn_0(i64 %depth, i64 %stackLimit, double %a) #0 {
  %e = call double @cruft_ta_get_f64(double %a, i64 3)
  ret double %e
}

attributes #0 = { "no-jump-tables"="true" }
