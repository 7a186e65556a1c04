// reject: duplicate lexical declaration: class and const of the same name in one switch case block
switch (x) {
  case 1:
    class C {}
  case 2:
    const C = 1;
}
