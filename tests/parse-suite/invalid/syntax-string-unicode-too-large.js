// reject: syntax error: \u{110000} in a string
"\u{110000}";
