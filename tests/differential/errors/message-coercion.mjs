console.log(new Error({ toString: () => "from toString" }).message, new Error(null).message, new Error(0).message, new Error([1, 2]).message);
console.log(JSON.stringify(new Error("").message), Object.hasOwn(new Error(""), "message"), Object.hasOwn(new Error(undefined), "message"));
console.log(new TypeError(Symbol("s").toString()).message);
