// accept: yield /x/ in a generator; yield / 2 divides where yield is an identifier
function* g() {
  yield /x/
  yield /x/g
}
function h() {
  var yield = 6, x = 2
  return yield / x / 1
}
