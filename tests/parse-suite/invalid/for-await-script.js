// reject: for-in/for-of: for await at the top level of a script
for await (x of y);
