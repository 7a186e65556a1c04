// reject: super outside its allowed contexts: super() in a method of a derived class
class A extends B {
  m() {
    super();
  }
}
