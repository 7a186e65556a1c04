// reject: for-in/for-of: comma expression after of
for (x of a, b);
