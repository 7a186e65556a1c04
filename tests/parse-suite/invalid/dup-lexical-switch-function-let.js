// reject: duplicate lexical declaration: function and let of the same name in one switch case block
switch (x) {
  case 1:
    function f() {}
    break;
  default:
    let f;
}
