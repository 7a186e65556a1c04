function* inner() { const x = yield "i1"; yield "i2:" + x; return "inner-ret"; }
function* outer() { yield "o1"; const r = yield* inner(); yield "got " + r; yield* [7, 8]; yield* "ab"; }
const it = outer();
const out = [];
out.push(it.next().value, it.next().value, it.next("sent").value, it.next().value, it.next().value, it.next().value, it.next().value, it.next().value);
console.log(out.join(" | "), JSON.stringify(it.next()));
function* count() { return yield* (function* () { yield "x"; return "inner done"; })(); }
const c = count(); c.next(); console.log(JSON.stringify(c.next()));
const d2 = outer(); d2.next(); d2.next(); console.log(JSON.stringify(d2.next("v")), JSON.stringify(d2.return("stop")));
