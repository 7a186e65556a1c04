// reject: syntax error: \x0g in a string
"\x0g";
