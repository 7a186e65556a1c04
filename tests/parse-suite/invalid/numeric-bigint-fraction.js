// reject: numeric literal: BigInt suffix on a number with a fraction
1.5n;
