// reject: invalid assignment target: parenthesized array literal on the left of =
([a]) = 1;
