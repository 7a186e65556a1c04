// accept: generator declarations, expressions, methods, yield forms
function* g() {
  yield
  yield 1
  yield* g()
  var x = yield
  f(yield, yield 2)
  yield yield 3
  `${yield}`
  yield (yield)
}
var h = function* () {}
var o = { *m() {}, *[Symbol.iterator]() {} }
function f() {}
