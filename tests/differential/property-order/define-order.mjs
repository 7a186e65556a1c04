const o = {};
Object.defineProperty(o, "b", { value: 1, enumerable: true });
Object.defineProperties(o, { a: { value: 2, enumerable: true }, c: { value: 3, enumerable: false } });
o.d = 4;
console.log(Object.keys(o).join(), Object.getOwnPropertyNames(o).join());
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, "c")));
console.log(JSON.stringify(Object.getOwnPropertyDescriptors({ g: 1 })));
