// reject: invalid assignment target: parenthesized comma expression on the left of =
(a, b) = c;
