// accept: export default of an object literal
export default { a: 1, b() {} }
