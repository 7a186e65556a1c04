function thrower(n) { if (n === 0) throw new RangeError("depth reached"); return thrower(n - 1); }
try { thrower(500); } catch (e) { console.log(e.name, e.message); }
let count = 0;
function retry(f, n) { for (let i = 0; i < n; i++) { try { return f(i); } catch { count++; } } return "gave up"; }
console.log(retry((i) => { if (i < 2) throw 0; return "ok at " + i; }, 5), count);
console.log(retry(() => { throw 1; }, 3), count);
