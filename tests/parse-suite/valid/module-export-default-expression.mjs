// accept: export default of a parenthesized comma expression
export default (1, 2)
