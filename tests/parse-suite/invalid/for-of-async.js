// reject: for-in/for-of: for (async of x)
for (async of x);
