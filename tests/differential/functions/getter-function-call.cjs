"use strict";
function outer(a) { return function inner(b) { return a * b; }; }
console.log(outer(3)(4));
console.log(typeof module, typeof exports, typeof require);
console.log(this === module.exports, Object.keys(module.exports).length);
