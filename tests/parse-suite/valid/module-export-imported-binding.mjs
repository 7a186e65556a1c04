// accept: re-export of an imported binding, export of a hoisted function before declaration
import { a } from 'm'
export { a, f as g }
function f() {}
