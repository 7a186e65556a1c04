// "x is not a function" and "x is not a constructor" name the callee as the source spells it, as
// V8 does: names, this, property chains with dots, computed keys and optional links, and calls
// within the chain (printed as "(...)"). Packages print these messages (ramda, entities, flatted).
'use strict';
const o = { a: { b: 1 }, arr: [1], s: 'str', arrow: () => 1 };
const k = 'zz';
let u;
function f() { return undefined; }
const cases = [
  () => u(), () => o.nope(), () => o.a.b(), () => o['x'](), () => o[k](), () => o[0](), () => o.arr[0](),
  () => o.s.substr2(1), () => new u(), () => new o.a(), () => o?.nope(), () => o.a?.b(), () => u`t`,
  () => o.a.b.c(), () => Math.max.nope(), () => o.s.length(), () => o.nope(...[1]), () => u(...[1]),
  () => new o.a.b(), () => new o.arrow(), () => new o.s(...[]), () => f().x(), () => f()(), () => o.a[Symbol.iterator](),
  () => (o.a).b(), () => o['a']['b'](), () => o.a.b.call(), () => o?.['nope'](), () => o.arr?.[0](),
  function () { return this.missing(); }.bind({}), () => { const fn = null; return fn(); }, () => { const g = 5; return new g(); },
];
for (const c of cases) {
  try {
    c();
    console.log('no error');
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
