const r = (function (x) { return x * 2; })(21);
const r2 = ((x, y) => x + y)(1, 2);
const r3 = (() => ({ obj: true }))();
console.log(r, r2, JSON.stringify(r3));
const curry = (a) => (b) => (c) => a + b + c;
console.log(curry(1)(2)(3), curry("a")("b")("c"));
const compose = (...fns) => (x) => fns.reduceRight((v, f) => f(v), x);
console.log(compose((x) => x + 1, (x) => x * 2)(5));
