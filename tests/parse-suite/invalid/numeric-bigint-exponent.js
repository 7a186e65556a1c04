// reject: numeric literal: BigInt suffix on a number with an exponent
1e3n;
