// reject: for-in/for-of: initializer on a for-in let binding
for (let x = 1 in y);
