const log = [];
const v = (x) => (log.push("case" + x), x);
switch (3) { case v(1): log.push("m1"); break; case v(3): log.push("m3"); break; case v(5): log.push("m5"); }
console.log(log.join());
function sign(n) { switch (true) { case n < 0: return "neg"; case n === 0: return "zero"; default: return "pos"; } }
console.log(sign(-2), sign(0), sign(9));
console.log(sign(-0), sign(NaN), sign(Infinity));
