// accept: distinct top-level function, class and var names in a module
function f() {}
class C {}
var v
let l
export { f, C, v, l }
