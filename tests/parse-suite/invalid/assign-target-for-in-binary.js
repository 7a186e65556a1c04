// reject: invalid assignment target: binary expression as a for-in target
for (a + b in c);
