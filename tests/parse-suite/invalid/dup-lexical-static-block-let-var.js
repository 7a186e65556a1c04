// reject: duplicate lexical declaration: let and var of the same name in a class static block
class C {
  static {
    let a;
    var a;
  }
}
