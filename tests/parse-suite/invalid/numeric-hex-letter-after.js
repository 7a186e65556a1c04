// reject: numeric literal: identifier start right after a hex literal
0x1g;
