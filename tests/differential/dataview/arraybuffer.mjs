// ArrayBuffer: construction, byteLength, slice, isView, species.
const err = (f) => {
  try {
    return String(f());
  } catch (e) {
    return `${e.constructor.name}: ${e.message}`;
  }
};
const bytes = (b) => Array.from(new Uint8Array(b)).join(",");
console.log("lengths", new ArrayBuffer(8).byteLength, new ArrayBuffer().byteLength, new ArrayBuffer("3").byteLength, new ArrayBuffer(2.7).byteLength, new ArrayBuffer(null).byteLength, new ArrayBuffer(-0.5).byteLength);
console.log("errors", err(() => new ArrayBuffer(-1)), err(() => new ArrayBuffer(2 ** 53)), err(() => new ArrayBuffer(Infinity)), err(() => ArrayBuffer(1)), err(() => new ArrayBuffer(Symbol())));
console.log("zeroed", bytes(new ArrayBuffer(5)));
const source = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]).buffer;
console.log("slice", bytes(source.slice(2)), bytes(source.slice(2, 5)), bytes(source.slice(-3)), bytes(source.slice(-3, -1)), bytes(source.slice(5, 2)), bytes(source.slice()), source.slice(0) !== source);
console.log("slice copies", (() => { const c = source.slice(0, 2); new Uint8Array(c)[0] = 99; return `${new Uint8Array(source)[0]} ${new Uint8Array(c)[0]}`; })());
console.log("slice conversions", bytes(source.slice("1", "3")), bytes(source.slice(1.9, 3.1)), bytes(source.slice(undefined, 2)), bytes(source.slice(NaN, Infinity)));
console.log("isView", ArrayBuffer.isView(new Uint8Array(1)), ArrayBuffer.isView(new DataView(source)), ArrayBuffer.isView(source), ArrayBuffer.isView({}), ArrayBuffer.isView(), ArrayBuffer.isView([1]));
console.log("tags", Object.prototype.toString.call(source), ArrayBuffer.prototype[Symbol.toStringTag], String(source), ArrayBuffer[Symbol.species] === ArrayBuffer, ArrayBuffer.length, ArrayBuffer.prototype.slice.length);
console.log("receivers", err(() => ArrayBuffer.prototype.slice.call(new Uint8Array(1))), err(() => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get.call({})).split(":")[0]);
class MyBuffer extends ArrayBuffer {
  double() {
    return this.byteLength * 2;
  }
}
const mine = new MyBuffer(4);
console.log("subclass", mine.double(), mine instanceof ArrayBuffer, mine.slice(1).constructor.name, mine.slice(1).byteLength, new Uint8Array(mine).length);
class Shrinking extends ArrayBuffer {
  static get [Symbol.species]() {
    return function () {
      return new ArrayBuffer(1);
    };
  }
}
console.log("species too small", err(() => new Shrinking(4).slice(0, 3)));
class Same extends ArrayBuffer {
  static get [Symbol.species]() {
    return function () {
      return same;
    };
  }
}
const same = new Same(4);
console.log("species same", err(() => same.slice(0, 1)));
// Views over one buffer see each other's writes, in little-endian byte order.
const shared = new ArrayBuffer(8);
const u8 = new Uint8Array(shared);
const u16 = new Uint16Array(shared);
const f64 = new Float64Array(shared);
f64[0] = 1;
console.log("float64 1.0 bytes", Array.from(u8).join(","), u16[3].toString(16));
u16[0] = 0xbeef;
console.log("uint16 bytes", u8[0].toString(16), u8[1].toString(16));
const i32 = new Int32Array(shared, 4, 1);
i32[0] = -2;
console.log("int32 window", Array.from(u8.subarray(4)).join(","), new Uint32Array(shared)[1]);
const u64 = new BigUint64Array(shared);
console.log("bigint view", u64[0].toString(16));
console.log(new ArrayBuffer(3));
console.log(new Uint16Array([1, 0x1ff]).buffer);
console.log([new ArrayBuffer(0)]);
