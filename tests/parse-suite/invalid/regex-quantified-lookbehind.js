// reject: regular expression: quantified lookbehind
x = /(?<=a)*/;
