function makeCounter(start = 0, step = 1) {
  let n = start;
  return { inc: () => (n += step), dec: () => (n -= step), get value() { return n; } };
}
const c = makeCounter(); c.inc(); c.inc(); c.dec();
const d = makeCounter(10, 5); d.inc();
console.log(c.value, d.value, makeCounter().value);
console.log([1, 2, 3].map(makeCounter).map((x) => x.inc()).join());
const e = makeCounter(1, 0.1); e.inc(); e.inc();
console.log(e.value);
