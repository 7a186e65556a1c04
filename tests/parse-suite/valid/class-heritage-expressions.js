// accept: extends with call, member, parenthesized and class expressions, and null
function mixin(b) { return b }
class A {}
class B extends mixin(A) {}
class C extends (0, A) {}
class D extends class {} {}
class E extends null {}
var ns = { A }
class F extends ns.A {}
