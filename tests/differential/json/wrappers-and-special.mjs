console.log(JSON.stringify([new Number(3), new String("s"), new Boolean(false), Object(1n) instanceof Object]));
console.log(JSON.stringify({ [Symbol("s")]: 1, k: Symbol("v") }), JSON.stringify(Object.defineProperty({}, "hidden", { value: 1 })));
const sparse = [1, , 3];
console.log(JSON.stringify(sparse), JSON.stringify({ length: 2, 0: "a" }), JSON.stringify(new Error("e")));
