const seen = [];
function t(s) { seen.push(s); return s; }
function run() { return t`same`; }
run(); run();
console.log(seen[0] === seen[1], Object.isFrozen(seen[0]), Object.isFrozen(seen[0].raw), Array.isArray(seen[0]));
const other = t`same`;
console.log(other === seen[0], seen[0].length, seen[0].raw[0]);
function again() { return t`same`; }
console.log(again() === seen[0], again() === again());
