// reject: label: break to an undefined label
while (1) break b;
