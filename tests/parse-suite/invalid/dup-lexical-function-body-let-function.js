// reject: duplicate lexical declaration: let and a nested function declaration of the same name in a function body
function g() {
  let f;
  function f() {}
}
