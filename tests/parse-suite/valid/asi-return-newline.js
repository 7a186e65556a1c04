// accept: return followed by a line break returns undefined; the next line is a separate statement
function f() {
  return
  1 + 2
}
