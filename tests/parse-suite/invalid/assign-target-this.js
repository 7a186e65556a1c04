// reject: invalid assignment target: this on the left of =
this = 1;
