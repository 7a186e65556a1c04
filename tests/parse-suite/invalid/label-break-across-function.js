// reject: label: break to a label outside the enclosing function
a: {
  function f() {
    break a;
  }
}
