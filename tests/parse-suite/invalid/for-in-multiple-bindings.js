// reject: for-in/for-of: two bindings in for-in
for (var a, b in c);
