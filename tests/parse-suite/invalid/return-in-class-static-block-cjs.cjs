// reject: return outside a function: return in a class static block in a CommonJS module (the wrapper does not help)
class C {
  static {
    return;
  }
}
