// reject: return outside a function: return in a class static block
class C {
  static {
    return;
  }
}
