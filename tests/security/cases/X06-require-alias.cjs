// case: X06 require aliased
// context: N
// expect: reject E_DYNAMIC_IMPORT
const load = require;
module.exports = load('fs');
