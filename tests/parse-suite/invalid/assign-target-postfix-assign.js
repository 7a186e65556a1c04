// reject: invalid assignment target: postfix expression on the left of =
a++ = 1;
