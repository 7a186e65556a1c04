// reject: super outside its allowed contexts: super() in a plain function inside a derived constructor
class A extends B {
  constructor() {
    function f() {
      super();
    }
  }
}
