// reject: syntax error: line terminator after throw
throw
new Error();
