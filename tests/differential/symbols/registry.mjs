const a = Symbol.for("app.key"), b = Symbol.for("app.key");
console.log(a === b, Symbol.keyFor(a), Symbol.keyFor(Symbol("x")), Symbol.keyFor(Symbol.iterator));
console.log(Symbol.for().description, Symbol.for(undefined) === Symbol.for("undefined"), Symbol.for(1) === Symbol.for("1"));
console.log(a.toString(), a.description);
