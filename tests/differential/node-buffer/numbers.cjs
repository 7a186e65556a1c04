"use strict";
// read/write of integers, floats and BigInts, with node's range errors.
const { Buffer } = require('buffer');

function show(label, run) {
  try {
    const value = run();
    console.log(label, typeof value === 'bigint' ? `${value}n` : Buffer.isBuffer(value) ? value.toString('hex') : JSON.stringify(value));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const source = Buffer.from([0x01, 0x82, 0xf3, 0x04, 0xff, 0x80, 0x00, 0x7f, 0x10, 0xee]);
const reads = [
  'readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE', 'readUInt32LE', 'readUInt32BE',
  'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE', 'readBigUInt64LE',
  'readBigUInt64BE', 'readBigInt64LE', 'readBigInt64BE', 'readUint8', 'readUint16LE', 'readUint32BE', 'readBigUint64LE',
];
for (const name of reads) {
  show(name, () => [0, 1, 2].map((offset) => {
    try {
      const value = source[name](offset);
      return typeof value === 'bigint' ? `${value}n` : value;
    } catch (e) {
      return e.code;
    }
  }));
}
for (const size of [1, 2, 3, 4, 5, 6]) {
  show(`variable ${size}`, () => [source.readUIntLE(1, size), source.readUIntBE(1, size), source.readIntLE(1, size), source.readIntBE(1, size)]);
}
show('readUIntLE no offset', () => source.readUIntLE());
show('readUIntLE byteLength 7', () => source.readUIntLE(0, 7));
show('readUIntLE byteLength 0', () => source.readUIntLE(0, 0));
show('readUIntLE no byteLength', () => source.readUIntLE(0));
show('readUInt8 default offset', () => source.readUInt8());
show('read past end', () => source.readUInt32LE(7));
show('read negative', () => source.readUInt16BE(-1));
show('read fraction', () => source.readInt8(0.5));
show('read string offset', () => source.readInt8('0'));
show('read NaN offset', () => source.readDoubleLE(NaN));
show('read too small', () => Buffer.alloc(3).readUInt32LE(0));
show('read empty', () => Buffer.alloc(0).readUInt8(0));

const target = () => Buffer.alloc(10);
show('writeUInt8', () => { const b = target(); return [b.writeUInt8(255, 1), b]; });
show('writeInt8 negative', () => { const b = target(); b.writeInt8(-2, 0); return b; });
show('writeUInt16LE/BE', () => { const b = target(); b.writeUInt16LE(0x1234, 0); b.writeUInt16BE(0x1234, 2); return b; });
show('writeInt16 negative', () => { const b = target(); b.writeInt16LE(-2, 0); b.writeInt16BE(-300, 2); return b; });
show('writeUInt32LE/BE', () => { const b = target(); b.writeUInt32LE(0xdeadbeef, 0); return [b.writeUInt32BE(0xdeadbeef, 4), b.toString('hex')]; });
show('writeInt32 negative', () => { const b = target(); b.writeInt32LE(-1, 0); b.writeInt32BE(-2147483648, 4); return b; });
show('write fraction', () => { const b = target(); b.writeUInt16LE(513.9, 0); b.writeUInt8(3.99, 2); return b; });
show('write string value', () => { const b = target(); b.writeUInt8('7', 0); return b; });
for (const size of [1, 2, 3, 4, 5, 6]) {
  show(`writeUIntLE/BE ${size}`, () => { const b = target(); b.writeUIntLE(2 ** (size * 8) - 2, 0, size); b.writeUIntBE(0x0102030405060708 % 2 ** (size * 8), 4, size); return b; });
  show(`writeIntLE/BE ${size}`, () => { const b = target(); b.writeIntLE(-(2 ** (size * 8 - 1)), 0, size); b.writeIntBE(-3, 4, size); return b; });
}
show('writeUInt8 256', () => target().writeUInt8(256));
show('writeInt8 -129', () => target().writeInt8(-129));
show('writeUInt16 -1', () => target().writeUInt16LE(-1));
show('writeUInt32 2**32', () => target().writeUInt32BE(2 ** 32));
show('writeInt32 2**31', () => target().writeInt32LE(2 ** 31));
show('writeUIntLE 3 range', () => target().writeUIntLE(2 ** 24, 0, 3));
show('writeUIntLE 5 range', () => target().writeUIntLE(2 ** 40, 0, 5));
show('writeIntBE 6 range', () => target().writeIntBE(-(2 ** 47) - 1, 0, 6));
show('writeUIntLE byteLength 7', () => target().writeUIntLE(1, 0, 7));
show('writeUIntLE no byteLength', () => target().writeUIntLE(1, 0));
show('write past end', () => target().writeUInt32LE(1, 8));
show('write offset string', () => target().writeUInt16LE(1, '0'));
show('write offset fraction', () => target().writeUInt16LE(1, 1.5));
show('write NaN value', () => { const b = target(); b.writeUInt8(NaN, 0); return b; });

show('floats', () => { const b = target(); b.writeFloatLE(1.5, 0); b.writeFloatBE(-0.1, 4); return [b.toString('hex'), b.readFloatLE(0), b.readFloatBE(4)]; });
show('doubles', () => { const b = Buffer.alloc(16); b.writeDoubleLE(Math.PI, 0); b.writeDoubleBE(-Infinity, 8); return [b.toString('hex'), b.readDoubleLE(0), b.readDoubleBE(8)]; });
show('float NaN', () => { const b = Buffer.alloc(4); b.writeFloatLE(NaN); return [b.toString('hex'), b.readFloatLE()]; });
show('float huge value', () => { const b = Buffer.alloc(4); b.writeFloatBE(1e300); return b.readFloatBE(0); });
show('float string value', () => { const b = Buffer.alloc(8); return [b.writeDoubleLE('2.5'), b.readDoubleLE()]; });
show('float past end', () => Buffer.alloc(6).writeDoubleLE(1, 0));
show('float past end read', () => Buffer.alloc(6).readFloatLE(3));

show('bigint', () => { const b = Buffer.alloc(16); b.writeBigUInt64LE(0x0102030405060708n, 0); b.writeBigInt64BE(-2n, 8); return [b.toString('hex'), `${b.readBigUInt64LE(0)}`, `${b.readBigInt64BE(8)}`]; });
show('bigint max', () => { const b = Buffer.alloc(8); b.writeBigUInt64BE(2n ** 64n - 1n); return [`${b.readBigUInt64BE()}`, `${b.readBigInt64BE()}`]; });
show('bigint unsigned negative', () => Buffer.alloc(8).writeBigUInt64LE(-1n));
show('bigint signed too big', () => Buffer.alloc(8).writeBigInt64LE(2n ** 63n));
show('bigint unsigned too big', () => Buffer.alloc(8).writeBigUint64BE(2n ** 64n));
show('bigint past end', () => Buffer.alloc(8).writeBigInt64LE(1n, 1));
show('bigint read past end', () => Buffer.alloc(8).readBigInt64LE(4));
show('chained writes', () => { const b = Buffer.alloc(7); let o = b.writeUInt8(1); o = b.writeUInt16BE(2, o); o = b.writeUInt32LE(3, o); return [o, b.toString('hex')]; });
