const m = Array.from({ length: 3 }, (_, i) => Array.from({ length: 3 }, (_, j) => i * 3 + j));
console.log(JSON.stringify(m));
const t = m[0].map((_, j) => m.map((row) => row[j]));
console.log(JSON.stringify(t));
console.log(m.flat().reduce((a, b) => a + b), m.map((r) => r.join(" ")).join(" / "));
