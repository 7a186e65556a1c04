// reject: invalid assignment target: optional chain with a logical assignment
a?.b ??= 1;
