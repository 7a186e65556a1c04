const a = ["x", "y"];
console.log(JSON.stringify([...a.keys()]), JSON.stringify([...a.values()]), JSON.stringify([...a.entries()]));
const m = new Map([[1, "a"]]);
console.log(JSON.stringify([...m.entries()]), JSON.stringify([...m.keys()]), JSON.stringify([...new Set([5]).entries()]));
const it = a[Symbol.iterator]();
console.log(Object.prototype.toString.call(it), typeof it.next, it[Symbol.iterator]() === it);
const sit = "ab"[Symbol.iterator]();
console.log(Object.prototype.toString.call(sit), Object.prototype.toString.call(m.entries()));
