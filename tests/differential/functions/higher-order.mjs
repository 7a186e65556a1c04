function twice(f) { return (x) => f(f(x)); }
console.log(twice((x) => x * 3)(2), twice(twice((x) => x + 1))(0));
function memo(f) { const cache = new Map(); let calls = 0; const g = (n) => { if (!cache.has(n)) { calls++; cache.set(n, f(n)); } return cache.get(n); }; g.calls = () => calls; return g; }
const sq = memo((n) => n * n);
sq(3); sq(3); sq(4);
console.log(sq(3), sq.calls());
const pipeline = [(s) => s.trim(), (s) => s.toUpperCase(), (s) => s + "!"];
console.log(pipeline.reduce((v, f) => f(v), "  hi  "));
