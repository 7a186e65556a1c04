const log = [];
function* g() { try { log.push("start"); yield 1; log.push("resumed"); } catch (e) { log.push("catch " + e); yield "from catch"; } finally { log.push("finally"); } log.push("end"); }
const a = g(); a.next(); a.next(); a.next();
console.log(log.join());
log.length = 0;
const b = g(); b.next(); console.log(b.throw("E").value); b.next();
console.log(log.join());
log.length = 0;
const c = g(); c.next(); c.return(); console.log(log.join());
