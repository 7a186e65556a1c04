// Resizable ArrayBuffers (ES2024, in node 20): length-tracking and fixed views as the buffer changes.
const err = (f) => {
  try {
    return String(f());
  } catch (e) {
    return `${e.constructor.name}: ${e.message}`;
  }
};
console.log("max errors", err(() => new ArrayBuffer(10, { maxByteLength: 5 })), err(() => new ArrayBuffer(1, { maxByteLength: -1 })), err(() => new ArrayBuffer(1, { maxByteLength: 2 ** 53 })));
console.log("not resizable", new ArrayBuffer(1, { maxByteLength: undefined }).resizable, new ArrayBuffer(1, 5).resizable, new ArrayBuffer(1, {}).resizable, new ArrayBuffer(3).maxByteLength);
const rab = new ArrayBuffer(4, { maxByteLength: 8 });
console.log("buffer", rab.byteLength, rab.maxByteLength, rab.resizable, Object.prototype.toString.call(rab));
console.log("resize errors", err(() => rab.resize(9)), err(() => rab.resize(-1)), err(() => new ArrayBuffer(3).resize(1)), ArrayBuffer.prototype.resize.length);
const tracking = new Uint16Array(rab);
const fixed = new Uint16Array(rab, 2, 1);
const offsetTracking = new Uint8Array(rab, 1);
const view = new DataView(rab);
const fixedView = new DataView(rab, 1, 2);
const state = () =>
  [tracking.length, tracking.byteLength, fixed.length, fixed.byteOffset, offsetTracking.length, err(() => view.byteLength), err(() => fixedView.byteLength)].join(" ");
console.log("initial", state());
new Uint8Array(rab).set([1, 2, 3, 4]);
rab.resize(8);
console.log("grown", state(), new Uint8Array(rab).join(","));
tracking[3] = 0xffff;
console.log("write grown", new Uint8Array(rab).join(","), view.getUint16(6), err(() => view.getUint16(7)));
rab.resize(2);
console.log("shrunk", state(), new Uint8Array(rab).join(","));
console.log("out of bounds", fixed[0], Object.keys(fixed).length, err(() => fixed.at(0)), err(() => fixed.fill(1)), err(() => [...fixed]), err(() => fixed.join()), err(() => fixedView.getInt8(0)), err(() => fixedView.byteOffset));
console.log("in bounds", tracking[0], tracking.join(), offsetTracking.join(), view.getUint8(1));
rab.resize(6);
console.log("regrown zeroed", new Uint8Array(rab).join(","), state(), fixed[0]);
console.log("subarray", tracking.subarray(1).length, tracking.subarray(1, 2).length);
const sub = tracking.subarray(1);
rab.resize(8);
console.log("tracking subarray", sub.length, tracking.subarray(1, 2).length, sub.byteOffset);
console.log("slice of resizable", rab.slice(2).resizable, rab.slice(2).byteLength, new Uint8Array(rab.slice(1, 3)).join());
console.log("iteration", [...tracking].join(), Array.from(offsetTracking).length, JSON.stringify(tracking));
let seen = [];
try {
  for (const v of tracking) {
    seen.push(v);
    if (seen.length === 2) rab.resize(0);
  }
} catch (e) {
  seen.push(e.constructor.name);
}
console.log("shrink during iteration", seen.join(","), tracking.length);
rab.resize(4);
console.log("fill shrinking", err(() => tracking.fill({ valueOf() { rab.resize(2); return 7; } })), new Uint8Array(rab).join(","));
console.log(rab);
console.log(tracking);
