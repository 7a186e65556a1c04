const grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
const found = [];
rows: for (const row of grid) {
  for (const v of row) { if (v % 2 === 0) continue rows; found.push(v); }
}
console.log(found.join());
let s = 0;
outer: for (const i of [1, 2, 3]) inner: for (const j of [1, 2, 3]) { if (j > i) continue outer; s += i * j; }
console.log(s);
console.log(found.length + s);
