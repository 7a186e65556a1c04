const o = { a: null, b: { c: 1 } };
const r1 = o?.b.c;
const r2 = (o?.a)?.c;
console.log(r1, r2);
o.b.c += 1;
console.log(o?.b?.c, typeof o?.a, o.a?.toString());
const arr = null;
console.log(arr?.length ?? -1, arr?.[0]?.x ?? "none");
