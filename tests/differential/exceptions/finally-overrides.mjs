function a() { try { return 1; } finally { try { throw 2; } catch { } } }
function b() { let x = 1; try { return x; } finally { x = 2; } }
function c() { const o = { v: 1 }; try { return o; } finally { o.v = 2; } }
console.log(a(), b(), c().v);
function d() { for (const i of [1, 2, 3]) { try { if (i === 2) return "returned " + i; } finally { if (i === 2) continue; } } return "loop ended"; }
console.log(d());
function e() { try { throw new Error("first"); } finally { throw new Error("second"); } }
try { e(); } catch (err) { console.log(err.message); }
