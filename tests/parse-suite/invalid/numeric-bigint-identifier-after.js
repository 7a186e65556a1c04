// reject: numeric literal: identifier start right after a BigInt literal
1na;
