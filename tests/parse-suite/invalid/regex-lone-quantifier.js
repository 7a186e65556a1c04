// reject: regular expression: quantifier with nothing to repeat
x = /+/;
