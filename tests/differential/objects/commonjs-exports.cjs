"use strict";
exports.a = 1;
exports.b = function () { return this === exports; };
console.log(JSON.stringify(Object.keys(module.exports)), module.exports.b());
console.log(exports === module.exports, typeof module.id);
try { undeclared = 1; } catch (e) { console.log(e.name); }
