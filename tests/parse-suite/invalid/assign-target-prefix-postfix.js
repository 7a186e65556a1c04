// reject: invalid assignment target: ++ applied to a postfix expression
++a++;
