// reject: label: continue to the label of an if statement
a: if (x) {
  while (1) continue a;
}
