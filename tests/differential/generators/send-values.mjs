function* acc() { let total = 0; while (true) { const v = yield total; if (v === undefined) return total; total += v; } }
const it = acc();
console.log(it.next("ignored").value, it.next(5).value, it.next(10).value, JSON.stringify(it.next()));
function* echo() { const a = yield "first"; const b = yield a + "!"; return [a, b].join(); }
const e = echo();
console.log(e.next().value, e.next("x").value, e.next("y").value);
console.log(JSON.stringify(e.next("z")), JSON.stringify(it.next(1)));
