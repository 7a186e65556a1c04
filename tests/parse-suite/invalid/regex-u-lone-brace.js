// reject: regular expression: lone { in u mode
x = /{/u;
