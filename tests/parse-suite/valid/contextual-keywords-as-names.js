// accept: of, get, set, static, as, from, target, meta, async, await, let, yield as names
var of, get, set, as, from, target, meta
var o = { of: 1, get: 2, set: 3, static: 4, async: 5, await: 6, let: 7, yield: 8, as: 9, from: 10 }
class A { static static() {} get get() {} set set(v) {} static async *async() {} of() {} }
get = set = of
