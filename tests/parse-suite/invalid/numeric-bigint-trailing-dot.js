// reject: numeric literal: BigInt suffix after a trailing decimal point
1.n;
