// reject: label: continue to an undefined label
while (1) continue b;
