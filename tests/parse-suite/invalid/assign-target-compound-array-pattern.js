// reject: invalid assignment target: array pattern with a compound assignment
[a] += 1;
