// reject: break or continue outside a loop: break in a class static block nested in a loop
while (1) {
  class C {
    static {
      break;
    }
  }
}
