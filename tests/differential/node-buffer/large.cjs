"use strict";
// Buffers larger than the encoders' internal pieces: round trips through every encoding stay exact.
const { Buffer } = require('buffer');

function checksum(text) {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) % 1000000007;
  return hash;
}

const bytes = Buffer.alloc(30001);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + (i >> 7)) & 255;
for (const encoding of ['hex', 'base64', 'base64url', 'latin1', 'ucs2', 'ascii', 'utf8']) {
  const text = bytes.toString(encoding);
  const back = Buffer.from(text, encoding);
  console.log(encoding, text.length, checksum(text), back.length, encoding === 'ascii' || encoding === 'utf8' ? '-' : back.equals(bytes));
}
const words = 'na\u00efve caf\u00e9 \ud83d\ude00 \u20ac '.repeat(3000);
const encoded = Buffer.from(words);
console.log('utf8 text', words.length, encoded.length, Buffer.byteLength(words), encoded.toString() === words);
console.log('utf16 text', Buffer.from(words, 'utf16le').toString('utf16le') === words);
console.log('slices', encoded.subarray(1000, 1010).toString('hex'), encoded.toString('base64', 5000, 5012));
console.log('search', encoded.indexOf('\ud83d\ude00', 20000), encoded.lastIndexOf('caf\u00e9'), encoded.includes('zzz'));
