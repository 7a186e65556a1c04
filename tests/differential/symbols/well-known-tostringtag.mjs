class Tagged { get [Symbol.toStringTag]() { return "MyTag"; } }
console.log(String(new Tagged()), Object.prototype.toString.call(new Tagged()));
console.log(Object.prototype.toString.call(Symbol()), Object.prototype.toString.call(function* () {}), Object.prototype.toString.call(JSON), Object.prototype.toString.call(Math));
console.log(Symbol.prototype[Symbol.toStringTag], Map.prototype[Symbol.toStringTag], Promise.prototype[Symbol.toStringTag]);
