// accept: use strict directive at the top of a CommonJS module
'use strict'
const x = require('x')
module.exports = x
