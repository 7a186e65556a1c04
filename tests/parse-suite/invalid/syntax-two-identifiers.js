// reject: syntax error: two identifiers on one line
a b;
