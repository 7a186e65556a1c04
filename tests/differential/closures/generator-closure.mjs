function* gen() { let i = 0; while (true) { const captured = i; yield () => captured; i++; } }
const g = gen();
const fs = [g.next().value, g.next().value, g.next().value];
console.log(fs.map((f) => f()).join());
function counterGen() { let n = 0; return { *[Symbol.iterator]() { while (n < 3) yield n++; } }; }
const c = counterGen();
console.log([...c].join(), [...c].join() === "");
const g2 = gen(); g2.next(); console.log(g2.next().value(), g2.next().value());
