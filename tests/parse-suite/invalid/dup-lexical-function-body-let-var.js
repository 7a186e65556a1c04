// reject: duplicate lexical declaration: let and var of the same name in a function body
function f() {
  let a;
  var a;
}
