const fs = [];
for (let i = 0; i < 3; i++) { fs.push(() => i); fs.push(() => i++); }
console.log(fs.map((f) => f()).join());
const gs = [];
let w = 0;
while (w < 3) { let c = w; gs.push(() => c); w++; }
console.log(gs.map((f) => f()).join());
const hs = [];
let guard = 0;
for (let i = 0, inc = () => i++; i < 3 && guard < 5; i++, guard++) { hs.push(() => i); inc(); }
console.log(hs.map((f) => f()).join());
