function* g() { yield arguments.length; yield arguments[0]; }
console.log([...g("first", "second")].join());
async function a() { await null; return [...arguments].join("+"); }
console.log(await a(1, 2, 3));
const arrowInAsync = async function () { return (() => arguments.length)(); };
console.log(await arrowInAsync(1, 2));
