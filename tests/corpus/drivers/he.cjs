'use strict';
// he: HTML entity encoding and decoding with its options, strict mode errors, and escape/unescape.
const he = require('he');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
out('version', he.version);
const texts = ['foo \u00a9 bar \u2260 baz \ud834\udf06 qux', '<a href="x">&\'`</a>', 'plain', '', '\u00e9\u00e8\u00ea', 'tab\tnewline\n', '\u0001 control'];
for (const text of texts) {
  out('encode ' + JSON.stringify(text), he.encode(text));
  out('encode useNamedReferences', he.encode(text, { useNamedReferences: true }));
  out('encode decimal', he.encode(text, { decimal: true }));
  out('encode encodeEverything', he.encode(text, { encodeEverything: true }).slice(0, 120));
  out('encode allowUnsafeSymbols', he.encode(text, { allowUnsafeSymbols: true }));
}
const encoded = ['foo &copy; bar &ne; baz &#x1D306; qux', '&lt;&gt;&amp;&quot;&apos;', '&#65;&#x62;&#X63;', '&amp', '&copy', '&notin;&notit', '&#0;', '&#x110000;', '&#xD800;', '&#128;', '&unknown;', '&;', 'no entities', '&Agrave&Agrave;'];
for (const text of encoded) {
  out('decode ' + text, he.decode(text));
  out('decode isAttributeValue', he.decode(text, { isAttributeValue: true }));
  attempt('decode strict', () => he.decode(text, { strict: true }));
}
attempt('encode strict invalid code point', () => he.encode('\u0001', { strict: true }));
attempt('encode strict lone surrogate', () => he.encode('\ud800', { strict: true }));
out('encode lone surrogate', he.encode('\ud800x\udc00'));
out('escape', he.escape('<img src=\'x\' onerror="alert(1)"> & `'));
out('unescape alias', he.unescape === he.decode);
he.encode.options.useNamedReferences = true;
out('changed default options', he.encode('\u00a9'));
he.encode.options.useNamedReferences = false;
out('restored default options', he.encode('\u00a9'));
out('decode non-string', he.decode(String(123)));
