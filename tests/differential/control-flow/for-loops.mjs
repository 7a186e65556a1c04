let out = [];
for (let i = 0; i < 5; i++) { if (i === 1) continue; if (i === 4) break; out.push(i); }
console.log(out.join());
out = [];
for (let i = 0, j = 10; i < j; i += 3, j -= 3) out.push(`${i}-${j}`);
console.log(out.join());
let k = 0;
for (;;) { if (++k > 3) break; }
console.log(k);
for (var v = 0; v < 2; v++);
console.log(v);
