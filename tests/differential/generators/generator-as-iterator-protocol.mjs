function* g() { const x = yield 1; console.log("received", x); }
const it = g();
for (const v of it) console.log("loop value", v);
console.log(JSON.stringify(it.next()));
const [a] = (function* () { yield "destructured"; yield "never"; })();
console.log(a);
const proto = Object.getPrototypeOf(g);
console.log(typeof proto, proto === Object.getPrototypeOf(function* () {}), g instanceof Function);
