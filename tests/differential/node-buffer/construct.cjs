"use strict";
// Buffer.from over arrays, array-likes, ArrayBuffers and objects; alloc, allocUnsafe, concat, of, compare.
const { Buffer, SlowBuffer, kMaxLength, constants } = require('buffer');

function hex(buf) {
  return `${buf.constructor.name}(${buf.length}) ${buf.toString('hex')}`;
}
function show(label, make) {
  try {
    const value = make();
    console.log(label, value instanceof Uint8Array ? hex(value) : JSON.stringify(value));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

show('array', () => Buffer.from([1, 2, 255, 256, -1, 3.7, '4', 'x', null]));
show('array-like', () => Buffer.from({ length: 3, 0: 9, 1: 8 }));
show('array-like bad length', () => Buffer.from({ length: 'x', 0: 1 }));
show('json form', () => Buffer.from({ type: 'Buffer', data: [104, 105] }));
show('Uint16Array', () => Buffer.from(new Uint16Array([1, 256, 513])));
show('copy of buffer', () => {
  const a = Buffer.from('abc');
  const b = Buffer.from(a);
  b[0] = 0x7a;
  return [a.toString(), b.toString()];
});
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
show('arraybuffer', () => Buffer.from(ab));
show('arraybuffer offset', () => Buffer.from(ab, 2));
show('arraybuffer offset length', () => Buffer.from(ab, 2, 3));
show('arraybuffer NaN offset', () => Buffer.from(ab, 'x', 2));
show('arraybuffer shares memory', () => {
  const view = Buffer.from(ab, 1, 2);
  view[0] = 42;
  return new Uint8Array(ab)[1];
});
show('arraybuffer offset too big', () => Buffer.from(ab, 9));
show('arraybuffer length too big', () => Buffer.from(ab, 4, 5));
show('String object', () => Buffer.from(new String('hey')));
show('toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]: () => 'prim' }));
show('valueOf', () => Buffer.from({ valueOf: () => 'vo' }));
for (const bad of [5, null, undefined, {}, true, Symbol.iterator === undefined ? 0 : () => 1]) show(`from ${typeof bad}`, () => Buffer.from(bad));

show('alloc', () => Buffer.alloc(4));
show('alloc fill number', () => Buffer.alloc(5, 257));
show('alloc fill string', () => Buffer.alloc(5, 'ab'));
show('alloc fill hex', () => Buffer.alloc(5, 'a1b2', 'hex'));
show('alloc fill buffer', () => Buffer.alloc(5, Buffer.from([1, 2])));
show('alloc fill empty string', () => Buffer.alloc(3, ''));
show('alloc bad hex fill', () => Buffer.alloc(3, 'zz', 'hex'));
show('alloc negative', () => Buffer.alloc(-1));
show('alloc NaN', () => Buffer.alloc(NaN));
show('alloc string', () => Buffer.alloc('5'));
show('alloc fractional', () => Buffer.alloc(2.5));
show('allocUnsafe', () => Buffer.allocUnsafe(3).fill(7));
show('allocUnsafeSlow', () => Buffer.allocUnsafeSlow(2).fill(1));
show('allocUnsafe huge', () => Buffer.allocUnsafe(kMaxLength + 1));
show('SlowBuffer', () => SlowBuffer(2).length);
show('constants', () => [kMaxLength, constants.MAX_LENGTH, constants.MAX_STRING_LENGTH, Buffer.poolSize]);
show('of', () => Buffer.of(1, 2, 300));
show('concat', () => Buffer.concat([Buffer.from('ab'), new Uint8Array([0x63]), Buffer.from('de')]));
show('concat length short', () => Buffer.concat([Buffer.from('abc'), Buffer.from('def')], 4));
show('concat length long', () => Buffer.concat([Buffer.from('ab')], 5));
show('concat empty', () => Buffer.concat([]));
show('concat not array', () => Buffer.concat('ab'));
show('concat bad item', () => Buffer.concat([Buffer.from('a'), 'b']));
show('concat bad length', () => Buffer.concat([Buffer.from('a')], -1));
show('compare', () => [Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.compare(Buffer.from('ab'), Buffer.from('a')), Buffer.compare(Buffer.from(''), Buffer.from(''))]);
show('sort with compare', () => [Buffer.from('c'), Buffer.from('a'), Buffer.from('b')].sort(Buffer.compare).map(String));
show('compare bad', () => Buffer.compare(Buffer.from('a'), 'a'));
show('isBuffer', () => [Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('a'), Buffer.isBuffer(null)]);
show('Buffer() call form', () => [Buffer('ab').toString(), Buffer(3).length, new Buffer('cd').toString()]);
show('Buffer(number, encoding)', () => Buffer(3, 'utf8'));
show('instanceof', () => [Buffer.alloc(1) instanceof Buffer, Buffer.alloc(1) instanceof Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Buffer.alloc(1).constructor === Buffer]);
show('copyBytesFrom', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
show('copyBytesFrom bad', () => Buffer.copyBytesFrom([1]));
show('map keeps Buffer', () => Buffer.from([1, 2]).map((x) => x * 2));
show('Uint8Array methods', () => [Buffer.from('abc').reverse().toString(), Array.from(Buffer.from('ab').entries()).join('|')]);
