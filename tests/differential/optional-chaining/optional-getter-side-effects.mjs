let hits = 0;
const o = { get g() { hits++; return hits > 1 ? { v: "second" } : null; } };
console.log(o.g?.v, hits);
console.log(o.g?.v, hits);
console.log(o?.g?.v, hits);
