// reject: numeric literal: 0x with no digits
0x;
