// accept: shorthand, methods, computed, numeric and BigInt keys, __proto__ forms
var a = 1, k = 'k'
var o = {
  a,
  m() {},
  [k]: 1,
  1: 2,
  0x10: 3,
  1n: 4,
  'str': 5,
  __proto__: null,
  ['__proto__']: 6,
  async: 7,
  get: 8,
}
var p = { __proto__: null, __proto__() {} }
var q = { __proto__: null, __proto__ }
var __proto__
