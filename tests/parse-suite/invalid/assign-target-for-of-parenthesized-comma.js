// reject: invalid assignment target: parenthesized comma expression as a for-of target
for ((a, b) of c);
