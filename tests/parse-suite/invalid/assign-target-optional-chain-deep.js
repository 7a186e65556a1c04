// reject: invalid assignment target: member of an optional chain on the left of =
a?.b.c = 1;
