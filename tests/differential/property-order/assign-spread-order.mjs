const a = { x: 1, 2: "two", y: 2 };
const b = { y: 3, 1: "one", z: 4 };
console.log(JSON.stringify(Object.assign({}, a, b)));
console.log(JSON.stringify({ ...b, ...a }));
console.log(Object.keys({ ...a, x: 0, w: 1 }).join());
const c = { z: 1, ...{ a: 1, z: 2 } };
console.log(JSON.stringify(c));
