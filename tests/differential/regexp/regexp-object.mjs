const r = new RegExp("a+", "g");
const copy = new RegExp(r, "i");
console.log(String(r), String(copy), copy.flags, r instanceof RegExp, typeof r);
const escaped = "1+1=2?".replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
console.log(escaped, new RegExp(escaped).test("is 1+1=2?"));
console.log(Object.prototype.toString.call(/x/), RegExp.prototype.flags === undefined ? "none" : "has getter");
