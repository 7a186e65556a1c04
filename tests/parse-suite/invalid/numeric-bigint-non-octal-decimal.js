// reject: numeric literal: BigInt suffix on a non-octal decimal literal
08n;
