// reject: syntax error: block followed by .a (a block is not an object literal)
{ a: 1 }.a;
