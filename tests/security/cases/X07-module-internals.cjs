// case: X07 the module system reached through module
// context: N
// expect: reject E_DYNAMIC_IMPORT
module.exports = module.constructor._load('fs');
