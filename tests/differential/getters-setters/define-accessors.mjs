let store = 0;
const o = {};
Object.defineProperty(o, "x", { get: () => store, set: (v) => { store = v + 1; }, enumerable: false, configurable: true });
o.x = 10;
console.log(o.x, store, Object.keys(o).length, JSON.stringify(o));
const d = Object.getOwnPropertyDescriptor(o, "x");
console.log(typeof d.get, typeof d.set, "value" in d, "writable" in d);
try { Object.defineProperty({}, "bad", { get() {}, value: 1 }); } catch (e) { console.log(e.name); }
