// reject: invalid assignment target: number on the left of =
1 = 2;
