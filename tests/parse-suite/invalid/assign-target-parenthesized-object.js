// reject: invalid assignment target: parenthesized object literal on the left of =
({ a }) = 1;
