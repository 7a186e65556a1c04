// reject: syntax error: \u{41 without } in a string
"\u{41";
