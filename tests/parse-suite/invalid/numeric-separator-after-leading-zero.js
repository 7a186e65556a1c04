// reject: numeric literal: numeric separator after a leading 0
0_1;
