// reject: numeric literal: numeric separator before the decimal point
1_.5;
