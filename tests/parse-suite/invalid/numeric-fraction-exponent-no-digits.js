// reject: numeric literal: exponent without digits after a fraction
1.e;
