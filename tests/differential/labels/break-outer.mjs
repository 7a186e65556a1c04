const out = [];
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) { if (j === 2) continue outer; if (i === 2) break outer; out.push(`${i}${j}`); }
}
console.log(out.join());
let n = 0;
loop: while (true) { n++; do { if (n > 2) break loop; } while (false); }
console.log(n);
console.log(out.length);
