"use strict";
const util = require('util');

console.log(JSON.stringify(util.toUSVString('abc')));
console.log(JSON.stringify(util.toUSVString('a\ud800b')));
console.log(JSON.stringify(util.toUSVString('\udc00\ud83d\ude00\ud83d')));
console.log(JSON.stringify(util.toUSVString(12345)));

const samples = [
  '\u001b[31mred\u001b[39m',
  '\u001b[1;4mbold underline\u001b[0m plain',
  'no escapes at all',
  '\u001b]8;;http://example.com\u0007link\u001b]8;;\u0007',
  '\u009b31mC1 CSI\u009b0m',
  '\u001b[2K\u001b[1Gcleared line',
  '\u001b[?25lhidden cursor\u001b[?25h',
];
for (const s of samples) console.log(JSON.stringify(util.stripVTControlCharacters(s)));
try {
  util.stripVTControlCharacters(5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}

console.log(util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder);
console.log(new util.TextDecoder().decode(new util.TextEncoder().encode('héllo')));
console.log(util.isDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }), util.isDeepStrictEqual([1], ['1']));
