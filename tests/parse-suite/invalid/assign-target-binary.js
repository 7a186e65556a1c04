// reject: invalid assignment target: binary expression on the left of =
a + b = c;
