'use strict';
// ieee754: read and write IEEE 754 floats of several sizes and endiannesses in byte arrays.
const ieee754 = require('ieee754');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const values = [0, -0, 1, -1, 0.1, 1 / 3, Math.PI, 1e-310, 5e-324, 2 ** -126, 3.4028234663852886e38, 1.7976931348623157e308, Infinity, -Infinity, NaN, 65504, 123456789.125];
for (const [mLen, nBytes] of [[52, 8], [23, 4], [10, 2]]) {
  for (const isLE of [false, true]) {
    const label = `${nBytes * 8}-bit ${isLE ? 'LE' : 'BE'}`;
    const written = values.map((v) => {
      const buf = new Uint8Array(nBytes);
      ieee754.write(buf, v, 0, isLE, mLen, nBytes);
      return hex(buf);
    });
    out('write ' + label, written);
    const read = values.map((v) => {
      const buf = new Uint8Array(nBytes);
      ieee754.write(buf, v, 0, isLE, mLen, nBytes);
      const r = ieee754.read(buf, 0, isLE, mLen, nBytes);
      return Object.is(r, -0) ? '-0' : Number.isNaN(r) ? 'NaN' : r;
    });
    out('round trip ' + label, read.map(String));
  }
}
const withOffset = new Uint8Array(12);
ieee754.write(withOffset, 2.5, 4, true, 52, 8);
out('offset write', hex(withOffset));
out('offset read', ieee754.read(withOffset, 4, true, 52, 8));
out('read from plain array', ieee754.read([0x40, 0x49, 0x0f, 0xdb], 0, false, 23, 4));
const dv = new DataView(new ArrayBuffer(8));
const agree = values.map((v) => {
  dv.setFloat64(0, v, true);
  const bytes = new Uint8Array(8);
  ieee754.write(bytes, v, 0, true, 52, 8);
  return hex(new Uint8Array(dv.buffer)) === hex(bytes);
});
out('agrees with DataView float64', agree);
const agree32 = values.map((v) => {
  dv.setFloat32(0, v, false);
  const bytes = new Uint8Array(4);
  ieee754.write(bytes, v, 0, false, 23, 4);
  return hex(new Uint8Array(dv.buffer, 0, 4)) === hex(bytes);
});
out('agrees with DataView float32', agree32);
const nanPayload = new Uint8Array([0x7f, 0xf8, 0, 0, 0, 0, 0, 1]);
out('NaN payload read', String(ieee754.read(nanPayload, 0, false, 52, 8)));
out('denormal float32', ieee754.read([0, 0, 0, 1], 0, false, 23, 4));
out('rounding to float32', [0.1, 16777217, 1e-46].map((v) => { const b = new Uint8Array(4); ieee754.write(b, v, 0, false, 23, 4); return ieee754.read(b, 0, false, 23, 4); }));
