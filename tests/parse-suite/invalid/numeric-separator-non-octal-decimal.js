// reject: numeric literal: numeric separator in a non-octal decimal literal
08_1;
