// reject: syntax error: a ++b on one line
a ++b;
