let computed = 0;
const o = { get heavy() { computed++; const v = 42; Object.defineProperty(this, "heavy", { value: v, enumerable: true }); return v; } };
console.log(o.heavy, o.heavy, o.heavy, computed);
class L { get lazy() { computed++; Object.defineProperty(this, "lazy", { value: "cached" }); return "cached"; } }
const l = new L();
console.log(l.lazy, l.lazy, computed, Object.hasOwn(l, "lazy"));
const l2 = new L(); console.log(Object.hasOwn(l2, "lazy"), l2.lazy, computed);
