function* g() { while (true) { try { yield "waiting"; } catch (e) { console.log("caught inside:", e); } } }
const it = g();
it.next();
console.log(JSON.stringify(it.throw("err1")));
console.log(JSON.stringify(it.throw("err2")));
function* unguarded() { yield 1; }
const u = unguarded();
try { u.throw(new Error("not started")); } catch (e) { console.log("outside:", e.message); }
console.log(JSON.stringify(u.next()));
