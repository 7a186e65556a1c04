// reject: for-in/for-of: two bindings in for-of
for (let a, b of c);
