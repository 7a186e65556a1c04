let i = 0;
const log = [];
L: do { i++; if (i === 2) continue L; if (i === 4) break L; log.push(i); } while (i < 10);
console.log(log.join(), i);
let j = 0;
M: while (j < 3) { j++; N: { if (j === 2) break N; log.push("j" + j); } }
console.log(log.join());
console.log(j);
