// Every element type's conversion on a store from native code (ToInt8 ... ToUint8Clamp, Float32
// rounding), read back through native code: must be what node stores and reads.
function storeInt8(a, v) { a[0] = v; return a[0] * 1; }
function storeUint8(a, v) { a[0] = v; return a[0] * 1; }
function storeUint8Clamped(a, v) { a[0] = v; return a[0] * 1; }
function storeInt16(a, v) { a[0] = v; return a[0] * 1; }
function storeUint16(a, v) { a[0] = v; return a[0] * 1; }
function storeInt32(a, v) { a[0] = v; return a[0] * 1; }
function storeUint32(a, v) { a[0] = v; return a[0] * 1; }
function storeFloat32(a, v) { a[0] = v; return a[0] * 1; }
function storeFloat64(a, v) { a[0] = v; return a[0] * 1; }

const values = [0, -0, 1, -1, 1.5, 2.5, -2.5, 127.5, 128, 254.5, 255.5, 256, 300, -129, 32767.5, 65536 + 3,
  2 ** 31, -(2 ** 31) - 1, 2 ** 32 + 7, 1e10, -1e10, 1e20, 2 ** 53 + 2, 3.4028235677973366e38, 1e39, 1e-50,
  1.1, NaN, Infinity, -Infinity];
const show = (x) => (Object.is(x, -0) ? '-0' : String(x));
const kinds = [
  [storeInt8, Int8Array], [storeUint8, Uint8Array], [storeUint8Clamped, Uint8ClampedArray],
  [storeInt16, Int16Array], [storeUint16, Uint16Array], [storeInt32, Int32Array], [storeUint32, Uint32Array],
  [storeFloat32, Float32Array], [storeFloat64, Float64Array],
];
for (const [store, Type] of kinds) {
  const array = new Type(2);
  console.log(Type.name, values.map((v) => show(store(array, v))).join(' '));
}
