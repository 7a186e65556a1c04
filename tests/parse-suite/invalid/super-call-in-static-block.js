// reject: super outside its allowed contexts: super() in a class static block
class A extends B {
  static {
    super();
  }
}
