const e = new Error("x");
const d = Object.getOwnPropertyDescriptor(e, "message");
console.log(d.enumerable, d.writable, d.configurable, d.value);
const nd = Object.getOwnPropertyDescriptor(Error.prototype, "name");
console.log(nd.enumerable, nd.value);
console.log(JSON.stringify(e), JSON.stringify({ ...e }));
