// reject: numeric literal: digit 2 in a binary literal
0b2;
