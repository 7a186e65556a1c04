// reject: numeric literal: exponent without digits
1e;
