// reject: numeric literal: numeric separator before the BigInt suffix
1_n;
