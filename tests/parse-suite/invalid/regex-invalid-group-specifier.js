// reject: regular expression: invalid group specifier
x = /(?a)/;
