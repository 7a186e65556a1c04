// reject: for-in/for-of: initializer on a for-of let binding
for (let x = 1 of y);
