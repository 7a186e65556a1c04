function* g() { yield 1; yield 2; return 3; }
const it = g();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
console.log([...g()].join(), typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
console.log(Object.prototype.toString.call(it), typeof g.prototype);
