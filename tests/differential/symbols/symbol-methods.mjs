const s = Symbol("m");
class C { [s]() { return "symbol method"; } static [Symbol.hasInstance](x) { return x === 1; } }
console.log(new C()[s](), 1 instanceof C, {} instanceof C);
const o = { [Symbol.iterator]: function* () { yield "a"; yield "b"; } };
console.log([...o].join());
console.log(Object.getOwnPropertySymbols(C.prototype).length, Object.getOwnPropertySymbols(C).map(String).join());
