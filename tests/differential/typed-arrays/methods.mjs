// %TypedArray%.prototype methods.
const s = (ta) => Array.from(ta, (v) => (Object.is(v, -0) ? "-0" : String(v))).join(",");
const err = (f) => {
  try {
    return String(f());
  } catch (e) {
    return `${e.constructor.name}: ${e.message}`;
  }
};
const a = new Int16Array([5, -3, 12, 0, 7, -3, 9]);
console.log("at", a.at(0), a.at(-1), a.at(7), a.at(-8), a.at(1.7), a.at("2"));
console.log("indexOf", a.indexOf(-3), a.indexOf(-3, 2), a.indexOf(-3, -1), a.indexOf("12"), a.indexOf(100), a.indexOf(12, -100));
console.log("lastIndexOf", a.lastIndexOf(-3), a.lastIndexOf(-3, 4), a.lastIndexOf(-3, -3), a.lastIndexOf(5, -8), a.lastIndexOf(9, Infinity));
console.log("includes", a.includes(12), a.includes(12, 3), a.includes("12"), new Float64Array([NaN]).includes(NaN), new Float64Array([NaN]).indexOf(NaN), new Float32Array([-0]).includes(0), new Uint8Array(2).includes(undefined));
console.log("join", a.join(), a.join(" | "), a.join(undefined), new Uint8Array(0).join("x"), new Float32Array([1.5, -0, NaN]).join(";"));
console.log("toString", a.toString(), Int8Array.prototype.toString === Array.prototype.toString);
console.log("toLocaleString", new Uint8Array([1, 2, 3]).toLocaleString(), new Int8Array(0).toLocaleString());
console.log("find", a.find((v) => v > 6), a.findIndex((v) => v > 6), a.findLast((v) => v > 6), a.findLastIndex((v) => v > 6), a.find((v) => v > 100), a.findIndex((v) => v > 100), a.findLastIndex(() => false));
console.log("some/every", a.some((v) => v < 0), a.every((v) => v < 100), a.every((v) => v > 0), new Uint8Array(0).every(() => false), new Uint8Array(0).some(() => true));
const seen = [];
a.forEach(function (v, i, arr) {
  seen.push(`${i}:${v}:${arr === a}:${this.tag}`);
}, { tag: "t" });
console.log("forEach", seen.join(" "));
console.log("map", s(a.map((v) => v * 1000)), a.map((v) => v * 1000).constructor.name, s(new Uint8Array([1, 2]).map((v) => v - 3)));
console.log("filter", s(a.filter((v) => v > 0)), a.filter(() => false).length, a.filter((v, i) => i % 2).constructor.name);
console.log("reduce", a.reduce((x, y) => x + y), a.reduce((x, y) => x + "," + y, ""), a.reduceRight((x, y) => x + "," + y), new Uint8Array([4]).reduce((x) => x * 100));
console.log("reduce empty", err(() => new Uint8Array(0).reduce((x, y) => x)), err(() => new Uint8Array(0).reduceRight((x, y) => x)), new Uint8Array(0).reduce((x) => x, "init"));
console.log("callback errors", err(() => a.map(5)), err(() => a.forEach()), err(() => a.filter("x")), err(() => a.reduce({})));
const b = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
console.log("fill", s(b.fill(9, 2, 4)), s(b.fill(300, -2)), s(b.fill(0)), s(new Float32Array(3).fill(1.1)), s(new Uint8ClampedArray(3).fill(2.5)), s(new BigInt64Array(2).fill(-5n)));
console.log("fill conversions", s(new Int8Array(3).fill("200")), err(() => new Int8Array(1).fill(1n)), err(() => new BigInt64Array(1).fill(1)));
const c = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
console.log("copyWithin", s(c.copyWithin(0, 3)), s(c.copyWithin(2, 0, 3)), s(c.copyWithin(-2, 0)), s(new Float64Array([1, 2, 3, 4]).copyWithin(1, 0, 3)));
console.log("reverse", s(new Int8Array([1, 2, 3, 4]).reverse()), s(new Float64Array([1.5, 2.5, 3.5]).reverse()), s(new Uint8Array(0).reverse()));
const r = new Uint16Array([3, 1, 2]);
console.log("toReversed", s(r.toReversed()), s(r), r.toReversed() !== r, r.toReversed().constructor.name);
console.log("with", s(r.with(0, 9)), s(r.with(-1, 70000)), s(r), err(() => r.with(3, 1)), err(() => r.with(-4, 1)), err(() => new BigInt64Array(1).with(0, 1)));
console.log("slice", s(a.slice(1, 3)), s(a.slice(-2)), s(a.slice(5, 2)), a.slice().buffer !== a.buffer, s(new Float64Array([1, 2, 3]).slice(1)));
const base = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]);
const sub = base.subarray(2, 6);
sub[0] = 100;
console.log("subarray", s(sub), sub.byteOffset, sub.length, sub.buffer === base.buffer, base[2], s(base.subarray(-3)), s(base.subarray(5, 1)), base.subarray(1).subarray(1).byteOffset);
const wide = new Int32Array([1, 2, 3, 4]).subarray(1, 3);
console.log("subarray int32", s(wide), wide.byteOffset, wide.byteLength, wide.buffer.byteLength);
console.log("sort", s(new Float64Array([3, -0, NaN, 0, -Infinity, 1e-10, -1, Infinity, NaN, 0, -0]).sort()));
console.log("sort ints", s(new Int32Array([10, 9, 1, 100, -5, 2]).sort()), s(new Uint32Array([4294967295, 0, 2 ** 31]).sort()));
console.log("sort bigint", s(new BigInt64Array([5n, -3n, 2n ** 62n, -(2n ** 63n), 0n]).sort()), s(new BigUint64Array([5n, 2n ** 64n - 1n, 0n]).sort()));
console.log("sort comparator", s(new Int8Array([1, 5, 3, 2, 4]).sort((x, y) => y - x)), s(new Float32Array([0.5, 0.25, 1]).sort((x, y) => (x < y ? -1 : 1))));
const stable = new Uint8Array([21, 12, 22, 11, 23, 13]);
console.log("sort stable", s(stable.sort((x, y) => (x % 10) - (y % 10))), s(new Uint8Array([3, 1, 2]).sort(() => NaN)));
console.log("sort errors", err(() => new Uint8Array(2).sort(1)), err(() => new Uint8Array(2).sort({})), err(() => new Uint8Array(2).toSorted(null)));
const ts = new Int8Array([3, -1, 2]);
console.log("toSorted", s(ts.toSorted()), s(ts), s(ts.toSorted((x, y) => y - x)), ts.toSorted().constructor.name);
console.log("keys", [...a.keys()].join(","), "values", [...a.values()].join(","), "entries", [...new Uint8Array([7, 8]).entries()].map((e) => e.join(":")).join(" "));
console.log("iterator identity", Uint8Array.prototype[Symbol.iterator] === Uint8Array.prototype.values, Object.getPrototypeOf(a.values()) === Object.getPrototypeOf([].values()), a.values()[Symbol.toStringTag]);
console.log("this checks", err(() => Uint8Array.prototype.join.call([1, 2])), err(() => Int8Array.prototype.at.call({ length: 1 }, 0)), err(() => Uint8Array.prototype.values.call([])));
// Methods on BigInt arrays.
const big = new BigUint64Array([3n, 1n, 2n ** 64n - 1n]);
console.log("bigint methods", big.indexOf(1n), big.indexOf(1), big.includes(2n ** 64n - 1n), big.join("/"), big.map((v) => v * 2n).join("/"), big.filter((v) => v > 2n).join("/"), big.reduce((x, y) => x + y));
// set with arrays, array-likes and typed arrays, overlapping.
const t = new Uint8Array(6);
t.set([1, 2, 3]);
t.set([9, 9], 4);
console.log("set", s(t), err(() => t.set([1, 2, 3], 4)), err(() => t.set([1], -1)), err(() => t.set([1], Infinity)), s(t));
t.set({ length: 2, 0: 7, 1: "8" }, 1);
t.set(new Float64Array([1.9, 300.5]), 3);
console.log("set array-like/typed", s(t));
const overlap = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
overlap.set(overlap.subarray(0, 5), 2);
console.log("set overlap forward", s(overlap));
const overlap2 = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
overlap2.set(overlap2.subarray(3), 0);
console.log("set overlap backward", s(overlap2));
const mixedBuffer = new ArrayBuffer(8);
const bytes = new Uint8Array(mixedBuffer);
bytes.set([1, 2, 3, 4, 5, 6, 7, 8]);
const halves = new Uint16Array(mixedBuffer, 0, 2);
bytes.set(halves, 1);
console.log("set overlap types", s(bytes));
console.log("set mismatched", err(() => new Uint8Array(2).set(new BigInt64Array(1))), err(() => new BigInt64Array(2).set([1])), err(() => new Uint8Array(1).set(5)), s(new Uint8Array(2).set("12") ?? new Uint8Array(0)));
console.log("set string", (() => { const x = new Uint8Array(3); x.set("789"); return s(x); })());
