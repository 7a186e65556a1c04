const sum = (...n) => n.reduce((a, b) => a + b, 0);
console.log(sum(), sum(1), sum(1, 2, 3));
function first(a, ...rest) { return JSON.stringify({ a, rest }); }
console.log(first(), first(1), first(1, 2, 3));
function withArgs(...r) { return arguments.length === r.length; }
console.log(withArgs(1, 2), (function (...r) { return r; }).length);
