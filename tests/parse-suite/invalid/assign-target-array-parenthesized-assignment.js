// reject: invalid assignment target: array pattern element that is a parenthesized assignment
[(a = 1)] = c;
