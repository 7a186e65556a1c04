// reject: invalid assignment target: array pattern with an expression as target
[a + 1] = c;
