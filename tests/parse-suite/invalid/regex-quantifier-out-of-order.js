// reject: regular expression: quantifier range out of order
x = /a{2,1}/;
