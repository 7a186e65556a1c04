// reject: invalid assignment target: object pattern with an expression as target
({ a: b + 1 } = c);
