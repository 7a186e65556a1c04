// accept: directive prologues, use strict in simple-parameter functions
function f(a, b) {
  'use strict'
  "another directive"
  return a
}
var g = () => { 'use strict' }
