// reject: super outside its allowed contexts: super?.x
class A extends B {
  m() {
    super?.x;
  }
}
