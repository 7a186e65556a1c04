class C { static m() {} get g() { return 1; } }
console.log(typeof C, typeof C.m, typeof C.prototype, typeof Object.getOwnPropertyDescriptor(C.prototype, "g").get);
console.log(typeof Symbol, typeof Symbol.iterator, typeof BigInt, typeof Promise.resolve(), typeof Proxy);
console.log(typeof Function.prototype, typeof Object.prototype, typeof Array.prototype);
