let i = 0, log = [];
while (i < 3) log.push(i++);
do log.push("d" + i); while (i-- > 1);
console.log(log.join(), i);
let n = 0;
do { n++; if (n === 2) continue; } while (n < 5);
console.log(n);
let c = 10;
while (true) { c--; if (c % 3 === 0) break; }
console.log(c);
