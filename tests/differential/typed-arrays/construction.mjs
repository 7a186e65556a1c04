// Typed array constructors, from/of, species and subclasses.
const s = (ta) => Array.from(ta, (v) => (Object.is(v, -0) ? "-0" : String(v))).join(",");
const err = (f) => {
  try {
    const r = f();
    return r && typeof r === "object" && "length" in r ? `${r.constructor.name}(${r.length}) ${s(r)}` : String(r);
  } catch (e) {
    return `${e.constructor.name}: ${e.message}`;
  }
};
console.log("empty", err(() => new Uint8Array()), err(() => new Float64Array(undefined)), err(() => new Int8Array(null)));
console.log("length", err(() => new Uint8Array(3)), err(() => new Int16Array("2")), err(() => new Uint8Array(2.9)), err(() => new Uint8Array(-0.5)), err(() => new Uint8Array(true)));
console.log("bad length", err(() => new Uint8Array(-1)), err(() => new Uint8Array(2 ** 53)), err(() => new Float64Array(-Infinity)), err(() => new Uint8Array(NaN)));
console.log("arrays", err(() => new Uint8Array([1, 2, 300])), err(() => new Int8Array([1, , 3])), err(() => new Float32Array([0.1, "2", null])));
console.log("array-like", err(() => new Uint8Array({ length: 3, 0: 5, 2: 7 })), err(() => new Uint8Array({ length: -1 })), err(() => new Uint8Array({})));
console.log("iterables", err(() => new Uint8Array(new Set([4, 5, 4, 6]))), err(() => new Uint16Array("123".split(""))), err(() => new Int8Array(function* () { yield 1; yield -2; }())));
console.log("typed arrays", err(() => new Uint8Array(new Float64Array([1.5, -1, 256]))), err(() => new Float32Array(new Int8Array([-1, 2]))), err(() => new BigUint64Array(new BigInt64Array([-1n]))));
console.log("content mismatch", err(() => new BigInt64Array(new Uint8Array(1))), err(() => new Uint8Array(new BigInt64Array(1))), err(() => new BigInt64Array([1])), err(() => new Uint8Array([1n])));
console.log("bigint from array", err(() => new BigInt64Array([1n, -2n, "3", true])));
const buf = new ArrayBuffer(16);
console.log("buffer", err(() => new Uint8Array(buf)), new Int32Array(buf).length, new Int32Array(buf, 4).length, new Int32Array(buf, 4, 2).byteOffset, new Float64Array(buf, 8).length, new Uint8Array(buf, 16).length);
console.log("buffer errors", err(() => new Int16Array(buf, 1)), err(() => new Int32Array(new ArrayBuffer(6))), err(() => new Int16Array(buf, 18)), err(() => new Int16Array(buf, 4, 7)), err(() => new Uint8Array(buf, -1)), err(() => new Uint8Array(buf, 0, -1)));
console.log("shared buffer", (() => { const x = new Uint8Array(buf); const y = new Uint32Array(buf); y[0] = 0x01020304; return s(x.subarray(0, 4)); })());
console.log("without new", err(() => Uint8Array(2)), err(() => Float64Array()), err(() => new (Object.getPrototypeOf(Int8Array))()), err(() => Object.getPrototypeOf(Int8Array)()));
const TA = Object.getPrototypeOf(Int8Array);
console.log("%TypedArray%", TA.name, TA.length, TA.prototype === Object.getPrototypeOf(Int8Array.prototype), typeof TA.from, typeof TA.of, TA[Symbol.species] === TA);
console.log("of", err(() => Uint8Array.of(1, 2, 300)), err(() => Float32Array.of()), err(() => BigInt64Array.of(1n, 2n)), err(() => TA.of.call(5, 1)));
console.log("from", err(() => Uint8Array.from([1, 2, 3])), err(() => Int8Array.from({ length: 3 }, (v, i) => i * 50)), err(() => Uint16Array.from("456")), err(() => Uint8Array.from(new Set([9, 8]), function (v) { return v + this.n; }, { n: 1 })));
console.log("from errors", err(() => Uint8Array.from([1], 5)), err(() => Uint8Array.from(null)), err(() => TA.from.call({}, [])));
console.log("from typed", err(() => Float64Array.from(new Uint8Array([1, 2]), (v) => v / 4)), err(() => BigInt64Array.from([1n, 2n], (v) => v * v)));
// Subclasses and species.
class Bytes extends Uint8Array {
  sum() {
    return this.reduce((x, y) => x + y, 0);
  }
}
const bytes = new Bytes([1, 2, 3, 4]);
console.log("subclass", bytes.constructor.name, bytes instanceof Uint8Array, bytes.sum(), bytes.length, Object.prototype.toString.call(bytes));
console.log("subclass species", bytes.map((v) => v * 2).constructor.name, bytes.filter((v) => v > 1).constructor.name, bytes.slice(1).constructor.name, bytes.subarray(1).constructor.name, bytes.toReversed().constructor.name, bytes.with(0, 1).constructor.name, bytes.toSorted().constructor.name);
console.log("subclass from/of", Bytes.from([1, 2]).constructor.name, Bytes.of(3).sum());
class Plain extends Int16Array {
  static get [Symbol.species]() {
    return Int32Array;
  }
}
const plain = new Plain([1, 2, 3]);
console.log("species override", plain.map((v) => v).constructor.name, plain.slice(0, 1).constructor.name, plain.filter(() => true).constructor.name);
class Big extends Int16Array {
  static get [Symbol.species]() {
    return BigInt64Array;
  }
}
console.log("species mismatch", err(() => new Big([1]).slice()), err(() => new Big([1]).map((x) => x)));
class Small extends Uint8Array {
  static get [Symbol.species]() {
    return function () {
      return new Uint8Array(1);
    };
  }
}
console.log("species too small", err(() => new Small([1, 2, 3]).slice()));
const withCtor = new Uint8Array([5, 6]);
withCtor.constructor = { [Symbol.species]: Float32Array };
console.log("constructor property", withCtor.map((v) => v / 2).constructor.name, s(withCtor.map((v) => v / 2)));
withCtor.constructor = undefined;
console.log("undefined constructor", withCtor.slice().constructor.name);
withCtor.constructor = 5;
console.log("bad constructor", err(() => withCtor.slice()));
console.log("instanceof", new Uint8Array(1) instanceof Uint8Array, new Uint8Array(1) instanceof TA, new Uint8Array(1) instanceof Int8Array, new Uint8Array(1) instanceof Object);
console.log("prototype chain", Object.getPrototypeOf(Uint8Array) === TA, Object.getPrototypeOf(Uint8Array.prototype) === TA.prototype, Uint8Array.prototype.constructor === Uint8Array, TA.prototype.constructor === TA);
const descriptors = ["buffer", "byteLength", "byteOffset", "length"].map((k) => {
  const d = Object.getOwnPropertyDescriptor(TA.prototype, k);
  return `${k}:${typeof d.get}:${d.set}:${d.enumerable}`; // cruft freezes intrinsics: configurable differs by design
});
console.log("accessors", descriptors.join(" "));
console.log("toStringTag", TA.prototype[Symbol.toStringTag], new Int8Array(1)[Symbol.toStringTag], new BigUint64Array(1)[Symbol.toStringTag]);
const bpe = Object.getOwnPropertyDescriptor(Float64Array, "BYTES_PER_ELEMENT");
console.log("BYTES_PER_ELEMENT", bpe.value, bpe.writable, bpe.enumerable);
console.log("method lengths", ["set", "subarray", "slice", "fill", "copyWithin", "indexOf", "join", "map", "sort", "with", "at"].map((k) => `${k}:${TA.prototype[k].length}`).join(" "));
