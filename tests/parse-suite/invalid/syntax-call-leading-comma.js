// reject: syntax error: leading comma in arguments
f(, a);
