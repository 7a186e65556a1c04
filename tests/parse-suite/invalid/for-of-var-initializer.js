// reject: for-in/for-of: initializer on a for-of var binding
for (var x = 1 of y);
