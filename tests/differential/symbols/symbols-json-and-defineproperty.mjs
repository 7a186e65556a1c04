const s = Symbol("hidden");
const o = { a: 1, [s]: "secret", f: Symbol("value") };
console.log(JSON.stringify(o), JSON.stringify([Symbol("in array")]), JSON.stringify(Symbol("top")));
Object.defineProperty(o, Symbol.for("def"), { value: "defined", enumerable: false });
console.log(Object.getOwnPropertySymbols(o).length, o[Symbol.for("def")]);
console.log(Object.getOwnPropertySymbols(o).map((x) => x.description).join());
