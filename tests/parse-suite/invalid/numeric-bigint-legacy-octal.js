// reject: numeric literal: BigInt suffix on a legacy octal literal
07n;
