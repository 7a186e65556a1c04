const o = { a: 1, b: 2, c: 3, d: 4 };
for (const k in o) if (o[k] % 2 === 0) delete o[k];
console.log(JSON.stringify(o));
const m = { x: 1 };
delete m.x; m.x = 2;
console.log(Object.keys(m).join(), m.x);
const g = { keep: 1, drop: 2 };
const { drop, ...kept } = g;
console.log(JSON.stringify(kept), JSON.stringify(g));
