// reject: for-in/for-of: three semicolons in a for head
for (;;;);
