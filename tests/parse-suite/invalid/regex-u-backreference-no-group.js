// reject: regular expression: \1 without a group in u mode
x = /\1/u;
