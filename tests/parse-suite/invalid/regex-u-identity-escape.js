// reject: regular expression: \q in u mode
x = /\q/u;
