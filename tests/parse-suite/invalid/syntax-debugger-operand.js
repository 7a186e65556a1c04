// reject: syntax error: debugger with an operand
debugger 1;
