// reject: super outside its allowed contexts: super() in an arrow inside a method
class A extends B {
  m() {
    () => super();
  }
}
