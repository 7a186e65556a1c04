// reject: syntax error: a.1
a.1;
