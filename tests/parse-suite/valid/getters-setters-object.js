// accept: object accessors with default and pattern parameters
var o = {
  get a() { return 1 },
  set a(v) {},
  set b([x, y] = []) {},
  set c({ d } = {}) {},
  get 'str'() {},
  get 1() {},
  set [Symbol.iterator](v) {},
}
