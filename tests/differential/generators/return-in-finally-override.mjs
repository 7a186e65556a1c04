function* g() { try { yield 1; } finally { return "finally-return"; } }
const a = g(); a.next();
console.log(JSON.stringify(a.return("requested")));
const b = g(); b.next();
console.log(JSON.stringify(b.throw(new Error("swallowed"))));
function* h() { try { yield 1; } finally { console.log("cleanup h"); } }
const c = h(); c.next();
try { c.throw(new Error("propagates")); } catch (e) { console.log(e.message); }
console.log(JSON.stringify(c.next()));
