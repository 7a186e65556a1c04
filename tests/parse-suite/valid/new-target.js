// accept: new.target in functions, arrows inside functions, methods
function F() {
  new.target
  const f = () => new.target
}
var o = { m() { return new.target } }
