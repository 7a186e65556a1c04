const s = Symbol("w");
const w = Object(s);
console.log(typeof w, w.valueOf() === s, w.description, w == s, w === s);
console.log(Symbol.prototype.toString.call(s), s.constructor === Symbol);
const o = {}; o[w] = "via wrapper";
console.log(o[s]);
