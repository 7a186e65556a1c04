; A function placed in a section of its own choosing.
define double @cruft_fn_0(i64 %depth, i64 %stackLimit, double %a) section ".init_array" {
  ret double %a
}
