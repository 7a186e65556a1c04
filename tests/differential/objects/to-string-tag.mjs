console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(null), Object.prototype.toString.call(undefined));
console.log(Object.prototype.toString.call(1), Object.prototype.toString.call(""), Object.prototype.toString.call(() => 1));
console.log(Object.prototype.toString.call(new Map()), Object.prototype.toString.call(Promise.resolve()), Object.prototype.toString.call({ [Symbol.toStringTag]: "Custom" }));
console.log(String({}), `${{ toString: () => "ts" }}`, Object.prototype.toString.call(new Error("e")));
