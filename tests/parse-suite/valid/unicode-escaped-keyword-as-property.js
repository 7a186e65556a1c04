// accept: escaped reserved words are fine as property names
var o = { v\u0061r: 1, \u0069f: 2 }
o.v\u0061r
o.\u0069f
class A { st\u0061tic() {} }
