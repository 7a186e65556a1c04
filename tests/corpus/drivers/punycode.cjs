'use strict';
// punycode (the npm package): encode and decode Punycode, IDNA domain and email conversion, UCS-2.
const punycode = require('punycode/');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
out('version', punycode.version);
const words = ['mañana', 'bücher', 'ü', '\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587', 'abc', '', '\u{1F600}', 'ليهمابتكلموشعربي؟', 'Pročprostěnemluvíčesky', 'a-b-', '-> $1.00 <-'];
for (const word of words) {
  attempt('encode ' + JSON.stringify(word), () => punycode.encode(word));
  attempt('round trip ' + JSON.stringify(word), () => punycode.decode(punycode.encode(word)) === word);
}
for (const code of ['maana-pta', 'bcher-kva', 'tda', 'ihqwcrb4cv8a8dqg056pqjye', 'abc-', '--', 'ls8h', '\u00e9', 'a-9999999999', 'zzzzzzz']) attempt('decode ' + code, () => punycode.decode(code));
const domains = ['mañana.com', 'bücher.example', 'example.com', '☃-⌘.com', 'xn--maana-pta.com', '\u4f8b\u5b50.\u6d4b\u8bd5', 'ÄÖÜ.de', 'a\u3002b\uff0ec\uff61d', '', 'user@bücher.de'];
for (const domain of domains) {
  attempt('toASCII ' + JSON.stringify(domain), () => punycode.toASCII(domain));
  attempt('toUnicode ' + JSON.stringify(domain), () => punycode.toUnicode(punycode.toASCII(domain)));
}
out('ucs2.decode', punycode.ucs2.decode('a\u{1F600}b\ud800'));
out('ucs2.encode', punycode.ucs2.encode([0x61, 0x1f600, 0x62]));
attempt('ucs2.encode invalid', () => punycode.ucs2.encode([0x110000]));
