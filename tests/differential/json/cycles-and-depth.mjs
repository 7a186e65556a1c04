const a = { name: "a" }; a.self = a;
try { JSON.stringify(a); } catch (e) { console.log(e.name); }
const arr = []; arr.push(arr);
try { JSON.stringify(arr); } catch (e) { console.log(e.name); }
const shared = { v: 1 };
console.log(JSON.stringify({ x: shared, y: shared }));
let deep = {}; let cur = deep; for (let i = 0; i < 50; i++) { cur.n = {}; cur = cur.n; }
console.log(JSON.stringify(deep).length);
