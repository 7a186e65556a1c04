// reject: numeric literal: numeric separator at the start of the exponent
1e_1;
