// reject: duplicate lexical declaration: let and var of the same name in one switch case block
switch (x) {
  case 1:
    let a;
    break;
  default:
    var a;
}
