// reject: class: escaped st\u0061tic as a modifier
class A {
  st\u0061tic m() {}
}
