// reject: for-in/for-of: nothing after of
for (x of);
