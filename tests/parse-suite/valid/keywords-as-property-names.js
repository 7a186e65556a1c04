// accept: reserved words as property names, after . and ?., and in classes and patterns
var a = {}
a.if; a.class; a?.new; a.default; a.function; a?.import; a.super; a.this
var o = { if: 1, class: 2, new: 3, typeof: 4, null: 5, true: 6 }
class C { if() {} static delete() {} get return() {} }
var { if: x, class: y } = o
