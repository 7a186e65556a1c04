// reject: syntax error: \u00g0 in a string
"\u00g0";
