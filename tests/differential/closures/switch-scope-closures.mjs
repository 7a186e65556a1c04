const fs = [];
for (const v of [1, 2, 3]) {
  switch (v) { case 1: { const m = "one"; fs.push(() => m); break; } default: { const m = "many" + v; fs.push(() => m); } }
}
console.log(fs.map((f) => f()).join());
const catches = [];
for (let i = 0; i < 2; i++) { try { throw i; } catch (e) { catches.push(() => e); } }
console.log(catches.map((f) => f()).join());
const ws = []; let w = 0; while (w < 3) { const c = w * w; ws.push(() => c); w++; }
console.log(ws.map((f) => f()).join());
