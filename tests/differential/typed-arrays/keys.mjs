// Typed arrays are integer-indexed exotic objects: numeric keys go to the buffer, never to properties.
const ta = new Uint8Array([10, 20, 30]);
const show = (v) => (v === undefined ? "undefined" : Object.is(v, -0) ? "-0" : String(v));
for (const key of ["0", "1", "2", "3", "-0", "-1", "1.5", "01", "1e1", "Infinity", "-Infinity", "NaN", "4294967295", "0x1", " 1", "foo"]) {
  console.log(JSON.stringify(key), show(ta[key]), key in ta, Object.prototype.hasOwnProperty.call(ta, key), Object.getOwnPropertyDescriptor(ta, key) === undefined ? "no descriptor" : JSON.stringify(Object.getOwnPropertyDescriptor(ta, key)));
}
console.log(show(ta[1.5]), show(ta[-0]), show(ta[-1]), show(ta[3]), show(ta[NaN]), show(ta[Infinity]));
ta[10] = 1;
ta["-0"] = 5;
ta[1.5] = 7;
ta["-1"] = 8;
ta.NaN = 9;
ta.Infinity = 9;
ta["01"] = 11;
ta.foo = "bar";
console.log(Object.keys(ta).join(","), Object.getOwnPropertyNames(ta).join(","));
console.log(JSON.stringify(ta), JSON.stringify({ t: new Int16Array([-1, 2]) }));
console.log(ta.length, Array.from(ta).join(","), ta["01"], ta.foo);
// Out-of-range writes still convert the value.
let converted = 0;
ta[7] = { valueOf() { converted++; return 1; } };
ta["-0"] = { valueOf() { converted++; return 1; } };
console.log("converted", converted);
// for-in lists indices then named properties.
const keys = [];
for (const k in ta) keys.push(k);
console.log("for-in", keys.join(","));
console.log("entries", Object.entries(new Int8Array([-1, 5])).map((e) => e.join(":")).join(" "));
console.log("values", Object.values(new Float32Array([0.5, 2])).join(" "));
// defineProperty on elements.
const d = new Int32Array(2);
Object.defineProperty(d, "0", { value: 42 });
Object.defineProperty(d, 1, { value: "7", writable: true, enumerable: true, configurable: true });
console.log(d.join(","));
for (const [key, desc] of [[5, { value: 1 }], [0, { value: 1, writable: false }], [0, { get() {} }], [0, { value: 1, enumerable: false }], [0, { value: 1, configurable: false }], ["-0", { value: 1 }], ["1.5", { value: 1 }]]) {
  try {
    Object.defineProperty(d, key, desc);
    console.log("defined", key, d.join(","));
  } catch (e) {
    console.log("defineProperty", String(key), e.constructor.name, e.message);
  }
  console.log("Reflect.defineProperty", String(key), Reflect.defineProperty(d, key, desc));
}
// delete: elements cannot be deleted, others can.
for (const key of [0, 1, 2, "-0", "1.5", "x"]) {
  try {
    console.log("delete", String(key), delete d[key]);
  } catch (e) {
    console.log("delete", String(key), e.constructor.name, e.message);
  }
  console.log("Reflect.deleteProperty", String(key), Reflect.deleteProperty(d, key));
}
// Freezing, sealing, extensibility.
try {
  Object.freeze(new Uint8Array(2));
} catch (e) {
  console.log("freeze", e.constructor.name, e.message);
}
const empty = Object.freeze(new Uint8Array(0));
console.log("frozen empty", Object.isFrozen(empty), Object.isFrozen(new Uint8Array(1)), Object.isExtensible(empty));
const p = Object.preventExtensions(new Uint8Array(2));
p[0] = 3;
console.log("preventExtensions", Object.isExtensible(p), p[0]);
try {
  p.extra = 1;
} catch (e) {
  console.log("add to non-extensible", e.constructor.name);
}
// Prototype chains: a typed array as a prototype answers numeric keys itself.
const child = Object.create(new Uint8Array([1, 2]));
console.log("child", child[0], child[1], child[2], "0" in child, "2" in child);
child[0] = 99;
child[5] = 99;
console.log("child own", Object.getOwnPropertyNames(child).join(","), Object.getPrototypeOf(child)[0]);
console.log("Reflect.set", Reflect.set(new Uint8Array(2), 1, 5), Reflect.set(new Uint8Array(2), 5, 5), Reflect.get(new Uint8Array([4]), 0));
const target = new Uint8Array(3);
const other = new Uint8Array(3);
console.log("Reflect.set receiver", Reflect.set(target, 1, 6, other), target[1], other[1]);
console.log("Reflect.ownKeys", Reflect.ownKeys(new Uint8Array(3)).join(","), Reflect.has(ta, 2), Reflect.has(ta, 3));
console.log("spread object", JSON.stringify({ ...new Uint16Array([7, 8]) }));
console.log("Object.assign", Array.from(Object.assign(new Uint8Array(3), [1, 2, 3, 4])).join(","));
console.log("Array.isArray", Array.isArray(ta), ArrayBuffer.isView(ta), ArrayBuffer.isView([]), ArrayBuffer.isView(new DataView(new ArrayBuffer(1))));
console.log("toString tags", Object.prototype.toString.call(ta), Object.prototype.toString.call(new BigInt64Array(1)), String(ta), `${new Float64Array([0.5, -0])}`);
console.log("length getter", Object.getOwnPropertyNames(ta).includes("length"), "length" in ta, ta.hasOwnProperty("length"));
// Integer key loops (the interpreter's fast path) over every type.
for (const T of [Int8Array, Uint8ClampedArray, Int16Array, Uint32Array, Float32Array, Float64Array]) {
  const a = new T(5);
  for (let i = 0; i < 7; i++) a[i] = i * 100 - 150.5;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += a[i] === undefined ? 1000 : a[i];
  console.log(T.name, "loop", Array.from(a).join(","), sum);
}
const big = new BigInt64Array(3);
for (let i = 0; i < 4; i++) big[i] = BigInt(i) - 2n;
console.log("bigint loop", big.join(","), big[3], typeof big[0]);
