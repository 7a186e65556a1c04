// DataView: every getter and setter, both byte orders, bounds and argument conversions.
const err = (f) => {
  try {
    return String(f());
  } catch (e) {
    return `${e.constructor.name}: ${e.message}`;
  }
};
const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join(" ");
const buffer = new ArrayBuffer(16);
const view = new DataView(buffer);
console.log("view", view.byteLength, view.byteOffset, view.buffer === buffer, Object.prototype.toString.call(view));
view.setUint32(0, 0x01020304);
view.setUint32(4, 0x01020304, true);
console.log("uint32 orders", hex(buffer));
console.log("get both orders", view.getUint32(0).toString(16), view.getUint32(0, true).toString(16), view.getUint16(1).toString(16), view.getUint16(1, true).toString(16));
const types = ["Int8", "Uint8", "Int16", "Uint16", "Int32", "Uint32", "Float32", "Float64"];
const values = [0, -1, 1.5, 255, 256, -129, 65535, 2 ** 31, -(2 ** 31) - 1, NaN, Infinity, -0, 0.1, 1e40, 123456.789];
for (const t of types) {
  for (const little of [false, true]) {
    const got = values.map((v) => {
      view[`set${t}`](3, v, little);
      const r = view[`get${t}`](3, little);
      return Object.is(r, -0) ? "-0" : String(r);
    });
    console.log(t, little ? "LE" : "BE", got.join(" "));
  }
}
for (const t of ["BigInt64", "BigUint64"]) {
  for (const little of [false, true]) {
    const got = [0n, -1n, 2n ** 63n, 2n ** 64n + 3n, -(2n ** 63n) - 1n, 0x0102030405060708n].map((v) => {
      view[`set${t}`](5, v, little);
      return `${view[`get${t}`](5, little)}:${hex(buffer.slice(5, 13))}`;
    });
    console.log(t, little ? "LE" : "BE", got.join(" "));
  }
}
new Uint8Array(buffer).set([0x3f, 0xf0, 0, 0, 0, 0, 0, 0]);
console.log("float64 bytes", view.getFloat64(0), view.getFloat64(0, true), view.getFloat32(0), view.getInt16(0), view.getInt8(1));
view.setFloat32(8, 1.1);
console.log("float32 bytes", hex(buffer.slice(8, 12)), view.getFloat32(8));
view.setFloat64(8, -0, true);
console.log("float64 -0", hex(buffer.slice(8, 16)), Object.is(view.getFloat64(8, true), -0));
// littleEndian is converted with ToBoolean.
view.setInt16(0, 0x0102, "yes");
console.log("truthy flags", view.getInt16(0, 1), view.getInt16(0, 0), view.getInt16(0, {}), view.getInt16(0, ""));
// Offsets: ToIndex and bounds.
console.log("offset conversions", view.getInt8("1"), view.getInt8(1.9), view.getInt8(null), view.getInt8(undefined), view.getInt8(false));
console.log("bounds", err(() => view.getInt8(16)), err(() => view.getInt16(15)), err(() => view.getFloat64(9)), err(() => view.getInt8(-1)), err(() => view.setInt8(16, 1)), err(() => view.getUint32(Infinity)), err(() => view.getBigInt64(9)));
console.log("edges", view.getUint8(15), view.getFloat64(8) !== undefined, err(() => view.setFloat64(8, 1)));
console.log("set conversions", err(() => view.setBigInt64(0, 1)), err(() => view.setInt8(0, 1n)), err(() => view.setUint8(0, "7")), view.getUint8(0), err(() => view.setBigUint64(0, "12")), view.getBigUint64(0));
let order = [];
err(() => view.setInt8({ valueOf() { order.push("index"); return 20; } }, { valueOf() { order.push("value"); return 1; } }));
console.log("conversion order", order.join(","));
// Views at an offset.
const window = new DataView(buffer, 4, 8);
window.setUint8(0, 0xaa);
window.setUint16(6, 0xbbcc);
console.log("window", window.byteOffset, window.byteLength, new Uint8Array(buffer)[4].toString(16), hex(buffer.slice(10, 12)), err(() => window.getUint16(7)));
console.log("zero length", new DataView(buffer, 16).byteLength, err(() => new DataView(buffer, 16).getInt8(0)), new DataView(new ArrayBuffer(0)).byteLength);
// Constructor errors.
console.log("ctor errors", err(() => new DataView({})), err(() => new DataView(new Uint8Array(2))), err(() => new DataView(buffer, 17)), err(() => new DataView(buffer, 8, 9)), err(() => new DataView(buffer, -1)), err(() => DataView(buffer)));
console.log("ctor lengths", new DataView(buffer, 3).byteLength, new DataView(buffer, 3, 0).byteLength, new DataView(buffer, "2", "5").byteLength, DataView.length, DataView.prototype.getInt8.length, DataView.prototype.setInt8.length, DataView.prototype.setFloat64.length);
// V8 names the receiver "undefined" in these messages; only the error type is compared.
console.log("receivers", err(() => DataView.prototype.getInt8.call(new Uint8Array(1), 0)).split(":")[0], err(() => Object.getOwnPropertyDescriptor(DataView.prototype, "byteLength").get.call({})).split(":")[0]);
console.log("typed view shares", (() => { const b = new ArrayBuffer(4); const d = new DataView(b); d.setUint16(1, 0xffee); return Array.from(new Uint8Array(b)).join(","); })());
console.log(new DataView(new ArrayBuffer(2), 1));
