// reject: invalid assignment target: parenthesized assignment on the left of =
(a = 1) = 2;
