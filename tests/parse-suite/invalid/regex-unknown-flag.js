// reject: regular expression: unknown flag x
/a/x;
