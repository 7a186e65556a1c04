const log = [];
for (let i = 0; i < 3; i++) { try { if (i === 1) continue; if (i === 2) break; log.push("body" + i); } finally { log.push("fin" + i); } }
console.log(log.join());
let n = 0;
while (true) { try { n++; if (n === 3) break; } finally { log.push("w" + n); } }
console.log(log.join(), n);
const log2 = []; for (const v of [1, 2]) { try { try { throw v; } finally { log2.push("in" + v); } } catch (e) { log2.push("c" + e); } }
console.log(log2.join());
