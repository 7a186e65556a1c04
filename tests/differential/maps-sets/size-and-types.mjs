const m = new Map();
console.log(typeof m, m instanceof Map, Object.prototype.toString.call(m), m.size);
console.log(Object.getOwnPropertyNames(m).length, JSON.stringify(m), String(new Set()));
try { Map.prototype.get.call({}, 1); } catch (e) { console.log(e.name); }
console.log(Object.getOwnPropertyDescriptor(Map.prototype, "size").set === undefined);
