const o = { v: 1, f() { return this.v; }, n: null };
console.log(o.f?.(), o?.f(), o.missing?.(), o.n?.f());
const a = { b: { v: 2, f() { return this.v; } } };
console.log(a?.b.f(), a.b?.f(), (a?.b).f());
console.log(o.n?.f.call({ v: 3 }), o.f?.call({ v: 4 }), a.b?.["f"]());
