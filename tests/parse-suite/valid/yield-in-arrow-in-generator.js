// accept: inside an arrow inside a sloppy generator, yield is an identifier (arrow bodies have no [Yield])
function* g() {
  () => yield
}
