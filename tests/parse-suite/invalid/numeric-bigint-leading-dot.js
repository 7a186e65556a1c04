// reject: numeric literal: BigInt suffix on a number with a leading dot
.5n;
