// accept: labels on blocks and loops, break from labelled block, continue labelled loop, same label reused sequentially
outer: for (;;) {
  inner: while (true) {
    if (a) continue outer
    break inner
  }
  break outer
}
block: {
  break block
}
block: ;
var a
