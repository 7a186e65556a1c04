// reject: invalid assignment target: call expression with a logical assignment
f() &&= 1;
