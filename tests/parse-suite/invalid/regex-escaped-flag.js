// reject: regular expression: escaped flag
/a/\u0067;
