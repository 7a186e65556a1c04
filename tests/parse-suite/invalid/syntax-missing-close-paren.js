// reject: syntax error: call without )
f(a;
