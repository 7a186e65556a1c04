// Element conversions of every typed array type: ToInt8 ... ToUint8Clamp, Float32 rounding, BigInt.
const numberTypes = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array,
];
const inputs = [
  0, -0, 1, -1, 0.5, 1.5, 2.5, -0.5, -1.5, 127, 128, 255, 256, 300, -129, 32767, 32768, 65535, 65536,
  2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 32 + 1, -(2 ** 32) - 1, 2 ** 53 + 2, 1e21, -1e21, NaN, Infinity,
  -Infinity, 0.1, 1 / 3, 3.4028235677973366e38, 3.5e38, 1e-46, 5e-324, 254.5, 253.5, 255.5, -254.5,
];
const show = (x) => (Object.is(x, -0) ? "-0" : String(x));
for (const T of numberTypes) {
  const ta = new T(inputs.length);
  inputs.forEach((x, i) => {
    ta[i] = x;
  });
  console.log(T.name, Array.from(ta, show).join(" "));
}
// Strings, booleans, null, undefined and objects go through ToNumber.
for (const T of [Int8Array, Uint8ClampedArray, Float32Array]) {
  const ta = new T(8);
  const values = ["12", " 7 ", "0x10", "abc", true, null, undefined, { valueOf: () => 3.7 }];
  values.forEach((x, i) => {
    ta[i] = x;
  });
  console.log(T.name, "mixed", Array.from(ta, show).join(" "));
}
// Float32 rounding of doubles between float32 values.
const f32 = new Float32Array([1.1, 16777217, 16777219, 0.3, 1e-40, -1e-45, 3.4028236e38]);
console.log("float32", Array.from(f32, show).join(" "));
console.log("fround agrees", Array.from(f32).every((v, i) => Object.is(v, Math.fround([1.1, 16777217, 16777219, 0.3, 1e-40, -1e-45, 3.4028236e38][i]))));
// BigInt arrays: ToBigInt64 / ToBigUint64 wrap modulo 2^64.
const bigInputs = [0n, 1n, -1n, 2n ** 63n - 1n, 2n ** 63n, 2n ** 64n, 2n ** 64n + 5n, -(2n ** 63n), -(2n ** 63n) - 1n, 123456789012345678901234567890n];
for (const T of [BigInt64Array, BigUint64Array]) {
  const ta = new T(bigInputs.length);
  bigInputs.forEach((x, i) => {
    ta[i] = x;
  });
  console.log(T.name, Array.from(ta, String).join(" "));
  const strings = new T(3);
  strings[0] = "18446744073709551615";
  strings[1] = true;
  strings[2] = { valueOf: () => 7n };
  console.log(T.name, "converted", strings.join(" "));
  for (const bad of [1, 1.5, undefined, null, Symbol.iterator, "1.5"]) {
    try {
      ta[0] = bad;
      console.log("no error for", String(typeof bad));
    } catch (e) {
      console.log(T.name, "store", typeof bad, e.constructor.name, e.message);
    }
  }
}
for (const T of [Uint8Array, Float64Array]) {
  try {
    new T(1)[0] = 1n;
  } catch (e) {
    console.log(T.name, "bigint store", e.constructor.name, e.message);
  }
}
// BYTES_PER_ELEMENT and names.
for (const T of [...numberTypes, BigInt64Array, BigUint64Array]) {
  console.log(T.name, T.BYTES_PER_ELEMENT, T.prototype.BYTES_PER_ELEMENT, T.length, Object.getPrototypeOf(T).name);
}
// Uint8Clamped rounding details.
const clamped = new Uint8ClampedArray([0.5, 1.5, 2.5, 3.5, 4.5, 0.49999999999999994, 254.5, 255.4, -0.4, 1.5000000001]);
console.log("clamped", clamped.join(","));
