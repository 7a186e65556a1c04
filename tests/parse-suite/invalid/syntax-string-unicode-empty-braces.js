// reject: syntax error: \u{} in a string
"\u{}";
