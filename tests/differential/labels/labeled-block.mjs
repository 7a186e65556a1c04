const log = [];
block: { log.push("a"); if (log.length) break block; log.push("never"); }
log.push("after");
console.log(log.join());
function check(x) { validate: { if (x < 0) break validate; return "ok"; } return "negative"; }
console.log(check(1), check(-1));
a: b: c: { break b; }
console.log("multiple labels");
