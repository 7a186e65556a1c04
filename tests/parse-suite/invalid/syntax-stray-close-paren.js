// reject: syntax error: stray )
a);
