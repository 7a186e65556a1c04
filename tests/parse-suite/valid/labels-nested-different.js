// accept: nested distinct labels, label on if and switch with break
a: b: c: for (;;) break a
d: if (1) break d
e: switch (1) { case 1: break e }
