const o = { a: { b: { c: 1 } }, n: null, arr: [{ v: "first" }], f() { return "called"; } };
console.log(o?.a?.b?.c, o.x?.y, o.n?.y, o.n?.y.z.w, o.arr?.[0]?.v, o.arr?.[5]?.v);
console.log(o.f?.(), o.g?.(), o.n?.(), o?.["a"]?.["b"].c);
const u = undefined;
console.log(u?.x, u?.[0], u?.(), (u?.x) === undefined);
