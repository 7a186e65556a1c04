// reject: label: duplicate label on nested loops
a: while (1) {
  a: for (;;) break a;
}
