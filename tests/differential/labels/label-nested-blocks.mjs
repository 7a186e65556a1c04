const log = [];
a: { b: { c: { log.push("c"); break b; } log.push("never-b"); } log.push("a-body"); }
console.log(log.join());
for (const n of [1, 2]) { blk: { if (n === 1) break blk; log.push("n" + n); } log.push("after" + n); }
console.log(log.join());
console.log(log.length);
