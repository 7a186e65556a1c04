const proto = { inherited: 1 };
const o = Object.create(proto, { own: { value: 2, enumerable: false } });
console.log("inherited" in o, Object.hasOwn(o, "inherited"), o.hasOwnProperty("own"), Object.prototype.propertyIsEnumerable.call(o, "own"));
console.log(Object.keys(o).length, Object.getOwnPropertyNames(o).join());
const n = Object.create(null); n.k = 1;
console.log(Object.hasOwn(n, "k"), "k" in n, Object.prototype.hasOwnProperty.call(n, "k"));
