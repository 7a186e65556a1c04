// accept: accessors named get, set, static and keywords
var o = { get get() {}, set set(v) {}, get static() {}, get if() {}, set new(v) {} }
