// reject: super outside its allowed contexts: super() in the constructor of a class without extends
class A {
  constructor() {
    super();
  }
}
