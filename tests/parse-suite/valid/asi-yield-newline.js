// accept: yield followed by a line break has no operand
function* g() {
  yield
  1
}
