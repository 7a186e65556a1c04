// case: X05 require of a computed name
// context: N
// expect: reject E_DYNAMIC_IMPORT
const name = ['child', 'process'].join('_');
module.exports = require(name);
