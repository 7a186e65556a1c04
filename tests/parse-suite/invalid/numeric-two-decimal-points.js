// reject: numeric literal: second decimal point
1.2.3;
