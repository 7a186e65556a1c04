// reject: invalid assignment target: parenthesized optional chain on the left of =
(a?.b) = 1;
