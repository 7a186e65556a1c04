// reject: regular expression: duplicate flag g
/a/gg;
