// reject: label: continue to the label of a block, not a loop
a: {
  while (1) continue a;
}
