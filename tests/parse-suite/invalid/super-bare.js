// reject: super outside its allowed contexts: super not followed by a call, . or [
class A extends B {
  m() {
    super;
  }
}
