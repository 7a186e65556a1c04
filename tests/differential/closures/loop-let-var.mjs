const fs = [];
for (var i = 0; i < 3; i++) fs.push(() => i);
console.log(fs.map((f) => f()).join());
const gs = [];
for (let j = 0; j < 3; j++) gs.push(() => j);
console.log(gs.map((f) => f()).join());
const hs = [];
for (let k = 0; k < 3; k++) { hs.push(() => k); k++; }
console.log(hs.map((f) => f()).join());
const ms = [];
for (const x of [10, 20, 30]) ms.push(() => x);
console.log(ms.map((f) => f()).join());
const ns = [];
for (const k in { a: 1, b: 2 }) ns.push(() => k);
console.log(ns.map((f) => f()).join());
