// reject: duplicate lexical declaration: let of the same name in two case clauses of one switch
switch (x) {
  case 1:
    let a;
  case 2:
    let a;
}
