// reject: numeric literal: numeric separator after the decimal point
1._5;
