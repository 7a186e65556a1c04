// reject: numeric literal: numeric separator right after 0x
0x_1;
