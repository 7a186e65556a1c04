const s = Symbol("x");
console.log(s == s, s === s, Symbol("x") == Symbol("x"), Symbol.for("k") === Symbol.for("k"), Object(s) == s);
console.log(s == "Symbol(x)", Symbol.keyFor(Symbol.for("k")), Symbol.keyFor(s));
console.log(Object.is(s, s), [s].includes(s), [s].indexOf(Symbol("x")));
