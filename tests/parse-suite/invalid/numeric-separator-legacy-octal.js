// reject: numeric literal: numeric separator in a legacy octal literal
01_1;
