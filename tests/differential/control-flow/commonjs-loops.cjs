"use strict";
const out = [];
for (let i = 0; i < 3; i++) out.push(i);
console.log(out.join());
console.log(typeof module.exports, typeof require, typeof __filename === "string");
module.exports = { done: true };
console.log(JSON.stringify(module.exports), this === undefined ? "undef" : typeof this);
