// accept: export default of an assignment expression
var a
export default a = 1
