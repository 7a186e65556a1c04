const wm = new WeakMap();
const k1 = {}, k2 = function () {};
wm.set(k1, "obj").set(k2, "fn");
console.log(wm.get(k1), wm.get(k2), wm.has({}), wm.delete(k1), wm.has(k1));
try { wm.set(1, 1); } catch (e) { console.log(e.name); }
const ws = new WeakSet([k1]);
console.log(ws.has(k1), ws.has(k2), ws.add(k2) === ws, ws.has(k2));
try { ws.add("str"); } catch (e) { console.log(e.name); }
