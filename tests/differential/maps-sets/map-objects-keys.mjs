const cache = new Map();
function area(rect) { if (!cache.has(rect)) cache.set(rect, rect.w * rect.h); return cache.get(rect); }
const r1 = { w: 2, h: 3 }, r2 = { w: 2, h: 3 };
console.log(area(r1), area(r1), area(r2), cache.size);
const fkey = () => 1;
const m = new Map([[fkey, "fn"], [null, "null"], [undefined, "undef"], [true, "t"]]);
console.log(m.get(fkey), m.get(null), m.get(undefined), m.get(true), m.get("true"), m.size);
m.set(NaN, "nan"); console.log(m.get(Number("x")), m.size);
