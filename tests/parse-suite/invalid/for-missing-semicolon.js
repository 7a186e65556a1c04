// reject: for-in/for-of: one semicolon in a for head
for (a; b);
