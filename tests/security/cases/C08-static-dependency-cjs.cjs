// case: C08 static loading of an in-closure dependency (CommonJS)
// context: N
// expect: compile
// outcome: default = "function"
const dep = require('some-dep');
module.exports = typeof dep.sign;
