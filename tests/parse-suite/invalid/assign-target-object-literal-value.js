// reject: invalid assignment target: object pattern with a number as target
({ a: 1 } = 1);
