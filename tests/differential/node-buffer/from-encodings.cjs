"use strict";
// Buffer.from for every encoding, toString back, byteLength and isEncoding.
const { Buffer } = require('buffer');

function show(label, make) {
  try {
    const value = make();
    console.log(label, Buffer.isBuffer(value) ? `hex=${value.toString('hex')} len=${value.length}` : JSON.stringify(value));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const samples = ['', 'hello', 'h\u00e9llo', '\u20ac', '\ud83d\ude00', 'a\ud800b', '\ud800', '\ufeffbom'];
for (const text of samples) {
  show(`utf8 ${JSON.stringify(text)}`, () => Buffer.from(text));
  show(`  latin1`, () => Buffer.from(text, 'latin1'));
  show(`  ucs2`, () => Buffer.from(text, 'ucs2'));
  show(`  ascii`, () => Buffer.from(text, 'ascii'));
  show(`  roundtrip`, () => [Buffer.from(text).toString(), Buffer.from(text, 'utf16le').toString('utf16le')]);
  show(`  byteLength`, () => [Buffer.byteLength(text), Buffer.byteLength(text, 'utf16le'), Buffer.byteLength(text, 'latin1')]);
}

for (const hex of ['', '00ff10', 'ABcd', 'abc', 'abzz12', 'zz', '0']) show(`hex ${hex}`, () => Buffer.from(hex, 'hex'));
for (const b64 of ['', 'aGVsbG8=', 'aGVsbG8', 'aGVs bG8=', 'aGVsbG8==', 'a', 'ab', 'abc', '++//', '--__', 'aG=Vs', 'a\u00e9b', 'YQ==YQ==']) {
  show(`base64 ${JSON.stringify(b64)}`, () => Buffer.from(b64, 'base64'));
  show(`  base64url`, () => Buffer.from(b64, 'base64url'));
  show(`  byteLength`, () => [Buffer.byteLength(b64, 'base64'), Buffer.byteLength(b64, 'base64url')]);
}

const bytes = Buffer.from([0, 1, 127, 128, 200, 255, 0xfb, 0xff, 0xfe]);
for (const encoding of ['utf8', 'utf-8', 'UTF8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le']) {
  show(`toString ${encoding}`, () => bytes.toString(encoding));
}
show('toString range', () => [bytes.toString('hex', 2), bytes.toString('hex', 2, 4), bytes.toString('hex', -3, 100), bytes.toString('hex', 5, 2), bytes.toString('hex', '1', '3'), bytes.toString(undefined, 1, 2)]);
show('toString bad', () => bytes.toString('nope'));
show('from bad encoding', () => Buffer.from('abc', 'nope'));
show('from empty bad encoding', () => Buffer.from('', 'nope'));
show('from number encoding', () => Buffer.from('abc', 5));
show('invalid utf8', () => Buffer.from([0xe2, 0x82, 0x41, 0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98]).toString());
show('isEncoding', () => ['utf8', 'UTF-8', 'hex', 'Base64', 'base64url', 'binary', 'latin1', 'ucs2', 'utf16le', 'ascii', 'nope', '', 5, null, undefined].map((e) => Buffer.isEncoding(e)));
show('byteLength of views', () => [Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)), Buffer.byteLength(new DataView(new ArrayBuffer(7)))]);
show('byteLength of number', () => Buffer.byteLength(5));
show('byteLength unknown encoding', () => Buffer.byteLength('h\u00e9', 'nope'));
