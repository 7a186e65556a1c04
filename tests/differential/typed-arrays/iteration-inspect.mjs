// Iterating typed arrays (for-of, spread, Array.from, destructuring, iterators) and console.log.
const ta = new Int8Array([3, -1, 4, 1, -5]);
const out = [];
for (const v of ta) out.push(v);
console.log("for-of", out.join(","));
console.log("spread", [...ta].join(","), Math.max(...ta), [...new Uint8Array(0)].length);
const [first, , third, ...rest] = ta;
console.log("destructure", first, third, rest.join(","), Array.isArray(rest));
console.log("Array.from", Array.from(ta).join(","), Array.from(ta, (v) => v * 2).join(","), Array.from(new BigUint64Array([1n, 2n])).join(","));
const it = ta[Symbol.iterator]();
console.log("next", JSON.stringify(it.next()), JSON.stringify(it.next()), Object.prototype.toString.call(it));
const entries = new Uint16Array([10, 20]).entries();
console.log("entries", JSON.stringify(entries.next().value), JSON.stringify(entries.next().value), entries.next().done);
const keys = new Float32Array(3).keys();
console.log("keys", [...keys].join(","), [...keys].length);
// An iterator sees writes made during iteration.
const live = new Uint8Array([1, 2, 3]);
const seen = [];
for (const v of live) {
  seen.push(v);
  if (v === 1) live[2] = 9;
}
console.log("live", seen.join(","));
console.log("Set from typed", new Set(new Uint8Array([1, 1, 2])).size, new Map([[new Uint8Array(1), 1]]).size);
console.log("Array methods on typed arrays", Array.prototype.map.call(new Uint8Array([1, 2]), (x) => x + 0.5).join(","), Array.prototype.slice.call(new Int8Array([1, 2, 3]), 1).join(","), [].concat(new Uint8Array([1, 2])).length);
console.log("String.fromCharCode", String.fromCharCode(...new Uint8Array([104, 105])), String.fromCodePoint(...new Uint32Array([0x1f600])).length);
console.log("generic Array.prototype.join", Array.prototype.join.call(new Float64Array([0.5, 1]), "|"));
console.log("iterator after length change via subarray", [...new Uint8Array([1, 2, 3, 4]).subarray(1, 3)].join(","));
// A sum in a hot loop through the interpreter's fast paths.
const big = new Float64Array(1000);
for (let i = 0; i < big.length; i++) big[i] = i / 2;
let total = 0;
for (let i = 0; i < big.length; i++) total += big[i];
console.log("sum", total, big.length);
const counts = new Uint32Array(4);
for (let i = 0; i < 1000; i++) counts[i % 4]++;
console.log("increments", counts.join(","));
const clampLoop = new Uint8ClampedArray(4);
for (let i = 0; i < 4; i++) clampLoop[i] = i * 100 - 50;
console.log("clamped loop", clampLoop.join(","));
// console.log formatting.
console.log(new Uint8Array([1, 2, 3]));
console.log(new Float64Array([-0, 1.5, NaN]));
console.log(new BigInt64Array([1n, -2n]));
console.log(new Uint8Array(0));
const named = new Int16Array(2);
named.tag = "x";
console.log(named);
console.log({ bytes: new Uint8Array([7]), list: [new Int8Array(1)] });
class Bytes extends Uint8Array {}
console.log(new Bytes(2));
// Longer typed arrays are grouped in aligned columns; more than 100 elements are elided.
console.log(new Uint8Array(10));
console.log(new Int16Array(9).map((v, i) => (i % 3 ? -i * 1000 : i)));
console.log(new Float32Array(8).map((v, i) => i / 3));
console.log(new Uint8Array(120).map((v, i) => (i * 37) % 256));
console.log(new BigUint64Array(7).map((v, i) => BigInt(i) ** 15n));
console.log({ nested: { deeper: new Uint8Array(9) } });
