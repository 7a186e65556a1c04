"use strict";
// The deprecated punycode builtin: encode/decode, toASCII/toUnicode of domains and emails, ucs2 helpers, errors.
const punycode = require('punycode');

function show(label, run) {
  try {
    console.log(label, JSON.stringify(run()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.message);
  }
}

const words = ['', 'abc', 'm\u00fcnchen', 'b\u00fccher', '\u65e5\u672c\u8a9e', '\u2603', '\ud83d\ude00', 'a-b-c', 'Bahnhof-Stra\u00dfe', '\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f', 'MAJ\u00dcSCULE', '-', 'x-\u00e9'];
for (const word of words) {
  show(`encode ${JSON.stringify(word)}`, () => {
    const encoded = punycode.encode(word);
    return [encoded, punycode.decode(encoded) === word];
  });
}
for (const input of ['maana-pta', 'bcher-kva', 'n3h', 'ls8h', 'abc-', 'ABC-', '\u00e9', 'a-\u00e9', '99999999999', 'zzzzzzzzzzzzzzzzzz', '-']) {
  show(`decode ${JSON.stringify(input)}`, () => punycode.decode(input));
}
for (const domain of ['m\u00fcnchen.de', 'xn--mnchen-3ya.de', '\u2603.net', 'user@b\u00fccher.example', 'a\u3002b\uff0ec\uff61d', 'EXAMPLE.com', 'xn--MNCHEN-3YA.de', '', 'caf\u00e9..fr']) {
  show(`toASCII ${JSON.stringify(domain)}`, () => punycode.toASCII(domain));
  show(`toUnicode ${JSON.stringify(domain)}`, () => punycode.toUnicode(domain));
}
show('toUnicode invalid label', () => punycode.toUnicode('xn--\u00e9.com'));
show('ucs2.decode', () => punycode.ucs2.decode('a\ud83d\ude00\ud800b\udc00'));
show('ucs2.encode', () => punycode.ucs2.encode([0x61, 0x1f600, 0xd800, 0x62]));
show('ucs2 round trip', () => punycode.ucs2.encode(punycode.ucs2.decode('\u00e9\ud83d\ude00')) === '\u00e9\ud83d\ude00');
show('version', () => punycode.version);
show('keys', () => Object.keys(punycode));
