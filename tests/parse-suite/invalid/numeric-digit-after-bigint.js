// reject: numeric literal: digit right after a BigInt literal
1n1;
