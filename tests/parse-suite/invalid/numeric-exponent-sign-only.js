// reject: numeric literal: exponent with a sign but no digits
1e+;
