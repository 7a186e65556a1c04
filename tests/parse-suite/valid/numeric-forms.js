// accept: decimal, fraction, exponent and radix forms
0; 5.; .5; 5.5e-7; 1E+3; 0.e1; 5..toString(); 0X1F; 0B1; 0O7; 1e0
