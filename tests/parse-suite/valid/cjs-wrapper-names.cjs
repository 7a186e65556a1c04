// accept: uses of the wrapper parameters and arguments at top level
exports.a = 1
module.exports = { require, __filename, __dirname }
var args = arguments.length
var exports2 = exports
