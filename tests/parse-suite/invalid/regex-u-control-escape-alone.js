// reject: regular expression: \c without a letter in u mode
x = /\c/u;
