"use strict";
// util.inspect of Buffers (`<Buffer ..>` through the custom inspect method), atob/btoa, isUtf8/isAscii.
const buffer = require('buffer');
const util = require('util');
const { Buffer } = buffer;

function show(label, run) {
  try {
    console.log(label, run());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

show('small', () => util.inspect(Buffer.from('hi')));
show('empty', () => util.inspect(Buffer.alloc(0)));
show('50 bytes', () => util.inspect(Buffer.alloc(50, 1)));
show('51 bytes', () => util.inspect(Buffer.alloc(51, 2)));
show('60 bytes', () => util.inspect(Buffer.alloc(60, 'abc')));
show('nested', () => util.inspect({ data: Buffer.from([1, 2, 3]), list: [Buffer.from('x')] }));
show('extra property', () => { const b = Buffer.from('ab'); b.tag = 'x'; b.n = 1; return util.inspect(b); });
show('extra on empty', () => { const b = Buffer.alloc(0); b.tag = true; return util.inspect(b); });
show('showHidden', () => util.inspect(Buffer.from('a'), { showHidden: true }));
show('INSPECT_MAX_BYTES', () => { const old = buffer.INSPECT_MAX_BYTES; buffer.INSPECT_MAX_BYTES = 2; const text = util.inspect(Buffer.from('abcd')); buffer.INSPECT_MAX_BYTES = old; return `${old} ${text}`; });
show('format %o', () => util.format('%s|%j', Buffer.from('z'), Buffer.from('z')));
show('subarray inspect', () => util.inspect(Buffer.from('hello').subarray(1, 3)));

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
