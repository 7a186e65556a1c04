// reject: syntax error: conditional without colon
a ? b;
