// reject: for-in/for-of: for (let of x)
for (let of x);
