// accept: numeric separators in every radix and in fractions/exponents
1_000_000; 1_0.0_1; 1e1_0; 1E+1_0; 0xF_F; 0xa_b_c; 0b1_0; 0o7_7; 1_0n; .0_1
