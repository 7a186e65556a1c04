// reject: duplicate lexical declaration: let in a function body redeclares a parameter
function f(a) {
  let a;
}
