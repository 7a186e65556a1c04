function* g() { try { yield 1; yield 2; } finally { console.log("finally runs"); } }
const it = g();
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.return("early")));
console.log(JSON.stringify(it.next()));
const fresh = g();
console.log(JSON.stringify(fresh.return("before start")), JSON.stringify(fresh.next()));
function* h() { try { yield 1; } finally { yield "from finally"; } }
const hi = h(); hi.next();
console.log(JSON.stringify(hi.return("r")), JSON.stringify(hi.next()), JSON.stringify(hi.next()));
