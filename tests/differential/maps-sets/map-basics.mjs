const m = new Map();
m.set("a", 1).set(1, "num").set("1", "str").set(NaN, "nan").set(-0, "zero");
console.log(m.size, m.get(1), m.get("1"), m.get(NaN), m.get(0), m.has(+0), m.get("missing"));
console.log(m.delete("a"), m.delete("a"), m.size);
const key = {};
m.set(key, "obj");
console.log(m.get(key), m.get({}), [...m.keys()].map(String).join());
m.clear(); console.log(m.size);
