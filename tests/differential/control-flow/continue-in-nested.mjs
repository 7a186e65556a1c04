const out = [];
for (let i = 0; i < 4; i++) {
  if (i % 2) continue;
  let j = 0;
  while (j < 4) { j++; if (j === 2) continue; if (j === 4) break; out.push(`${i}${j}`); }
}
console.log(out.join());
let count = 0;
do { count++; if (count < 3) continue; break; } while (true);
console.log(count);
const evens = []; for (const x of [1, 2, 3, 4, 5, 6]) { if (x & 1) continue; evens.push(x); }
console.log(evens.join());
