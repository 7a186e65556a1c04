"use strict";
// Host parsing through URL: IDNA mapping and refusals, Punycode labels, IPv4 number forms, IPv6
// compression, opaque hosts of non-special schemes, and setters that change part of a URL before failing.
const { URL, domainToASCII, domainToUnicode } = require('url');

function host(input) {
  try {
    return new URL(input).host;
  } catch (e) {
    return `${e.name} ${e.code}`;
  }
}

const hosts = [
  'M\u00dcNCHEN.de', 'b\u00fccher.example', '\u65e5\u672c\u8a9e.jp', '\uff25\uff38\uff21\uff2d\uff30\uff2c\uff25.com', 'caf\u00e9\u3002fr', 'a\uff0eb\uff61c',
  '\u00df.com', '\u03c2.gr', '\u1e9e.com', 'xn--zca.com', 'XN--ZCA.com', 'xn--', 'xn--a.com', 'xn--abc-', 'xn--ls8h.la', 'soft\u00adhyphen.com',
  'zero\u200bwidth.com', 'join\u200dx.com', '\u0dc1\u0dca\u200d\u0dbb\u0dd3.lk', '\u0646\u0627\u0645\u0647\u200c\u0627\u06cc.ir', 'a\u0661b.com', '\u0661.com',
  '\u05d0\u05d1.il', '\u05d0a.il', 'ctrl\u0080.com', 'pua\ue000.com', 'nonchar\ufdd0.com', 'repl\ufffd.com', 'ogham\u1680space.com', 'two\u2025dots.com',
  'sp ace.com', 'per%41cent.com', 'per%zzcent.com', 'hash#.com', 'a..b.com', 'trailing.dot.', '\u3000.com', 'circled\u2460.com',
  '127.0.0.1', '0x7f.0.0.1', '0177.0.0.1', '2130706433', '127.1', '127.0.1', '1.2.3.4.5', '1.2.3.256', '256.1', '0x100000000', '1.2.3.4.', '09.1', '1.0x', 'foo.0x1', 'foo.09',
  '[::]', '[::1]', '[1:0:0:2::3:0]', '[1:0:0:0:2:0:0:3]', '[0:0:0:0:0:0:0:1]', '[::ffff:192.168.0.1]', '[1::2::3]', '[1:2:3:4:5:6:7:8:9]', '[::1.2.3.256]', '[fe80::1%25en0]', '[ABCD::EF]',
];
for (const input of hosts) {
  console.log(JSON.stringify(input), '->', host(`http://${input}/`), '|', host(`ws://${input}:81`));
}
for (const input of ['sc://\u00e9x', 'sc://%41b', 'sc://a b', 'sc://[::1]', 'sc://a<b', 'sc://:1', 'sc://h:99999', 'sc://H', 'sc://1.2.3']) {
  console.log(JSON.stringify(input), '->', host(input));
}
for (const input of ['b\u00fccher.example', 'xn--bcher-kva.example', 'a b', '', 'EXAMPLE.com', '1.2.3.0x4', '[::1]']) {
  console.log('domainToASCII', JSON.stringify(input), JSON.stringify(domainToASCII(input)), 'domainToUnicode', JSON.stringify(domainToUnicode(input)));
}
try {
  domainToASCII();
} catch (e) {
  console.log('domainToASCII()', e.name, e.code, e.message);
}

function setAndShow(href, key, value) {
  const url = new URL(href);
  url[key] = value;
  console.log('set', key, JSON.stringify(value), 'on', href, '->', url.href);
}
setAndShow('http://example.net/path', 'host', 'example.com:65536');
setAndShow('http://example.net:8080/path', 'host', 'example.com:x');
setAndShow('http://example.net/path', 'host', 'b\u00fccher.de:99');
setAndShow('http://example.net/path', 'hostname', 'xn--a.com');
setAndShow('https://example.net:3000/', 'port', '\n\t');
setAndShow('https://example.net:3000/', 'port', '443');
setAndShow('https://example.net/', 'port', '12a34');
setAndShow('http://[::1]/', 'hostname', '[::2]');
setAndShow('http://[::1]/', 'host', '[::3]:4');
