// reject: invalid assignment target: optional chain on the left of =
a?.b = 1;
