"use strict";
// console.log of Buffers (`<Buffer ..>` through the custom inspect method), atob/btoa, isUtf8/isAscii.
const buffer = require('buffer');
const { Buffer } = buffer;

function show(label, run) {
  try {
    console.log(label, run());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

console.log('small', Buffer.from('hi'));
console.log('empty', Buffer.alloc(0));
console.log('50 bytes', Buffer.alloc(50, 1));
console.log('51 bytes', Buffer.alloc(51, 2));
console.log('60 bytes', Buffer.alloc(60, 'abc'));
console.log('nested', { data: Buffer.from([1, 2, 3]), list: [Buffer.from('x')] });
const tagged = Buffer.from('ab');
tagged.tag = 'x';
tagged.n = 1;
console.log('extra property', tagged);
const taggedEmpty = Buffer.alloc(0);
taggedEmpty.tag = true;
console.log('extra on empty', taggedEmpty);
const previousMax = buffer.INSPECT_MAX_BYTES;
buffer.INSPECT_MAX_BYTES = 2;
console.log('INSPECT_MAX_BYTES', previousMax, Buffer.from('abcd'));
buffer.INSPECT_MAX_BYTES = previousMax;
show('INSPECT_MAX_BYTES bad', () => { buffer.INSPECT_MAX_BYTES = -1; });
console.log('format %s|%j', Buffer.from('z'), Buffer.from('z'));
console.log('subarray', Buffer.from('hello').subarray(1, 3));

for (const input of ['aGVsbG8=', 'aGVsbG8', ' aGVs\nbG8= ', 'YQ', 'YQ=', 'YQ==', 'YQ===', 'Y', 'Y Q', 'a-b_', 'ab=c', '\u00e9', '', '====']) {
  show(`atob ${JSON.stringify(input)}`, () => JSON.stringify(buffer.atob(input)));
}
show('atob non-string', () => buffer.atob(undefined));
show('atob number', () => JSON.stringify(buffer.atob(1234)));
show('atob no args', () => buffer.atob());
for (const input of ['hello', '', '\u00ff\u0000', 'ab', '\u0100']) show(`btoa ${JSON.stringify(input)}`, () => buffer.btoa(input));
show('btoa no args', () => buffer.btoa());
show('btoa null', () => buffer.btoa(null));
show('atob error code', () => { try { buffer.atob('*'); } catch (e) { return `${e.name} ${e.code} ${e instanceof Error}`; } });
show('isUtf8', () => [buffer.isUtf8(Buffer.from('h\u00e9')), buffer.isUtf8(Buffer.from([0xc3])), buffer.isUtf8(new ArrayBuffer(2)), buffer.isUtf8(Buffer.from([0xed, 0xa0, 0x80]))].join(' '));
show('isAscii', () => [buffer.isAscii(Buffer.from('abc')), buffer.isAscii(Buffer.from('\u00e9'))].join(' '));
show('isUtf8 bad', () => buffer.isUtf8('abc'));
