// reject: break or continue outside a loop: break in a function nested in a loop
while (1) {
  function f() {
    break;
  }
}
