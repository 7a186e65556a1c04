const a = { v: 1 };
const b = a;
b.v = 2;
console.log(a.v, a === b);
const copy = { ...a };
copy.v = 3;
console.log(a.v, copy.v, a === copy);
const deep = JSON.parse(JSON.stringify({ x: [1, { y: 2 }] }));
console.log(JSON.stringify(deep));
