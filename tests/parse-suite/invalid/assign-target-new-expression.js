// reject: invalid assignment target: new expression on the left of =
new f() = 1;
