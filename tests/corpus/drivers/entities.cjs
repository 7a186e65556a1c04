'use strict';
// entities: encode and decode HTML and XML entities in their strict, legacy and attribute modes.
const entities = require('entities');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const raw = ['<a href="x">Tom & Jerry\'s</a>', 'caf\u00e9 \u00a9 2024 \u2014 \u{1F600}', 'plain ascii', '', '&amp; already', '\u00a0\u2003\u200b'];
for (const text of raw) {
  out('encodeXML ' + JSON.stringify(text), entities.encodeXML(text));
  out('encodeHTML ' + JSON.stringify(text), entities.encodeHTML(text));
  out('encodeNonAsciiHTML ' + JSON.stringify(text), entities.encodeNonAsciiHTML(text));
  out('escapeUTF8 ' + JSON.stringify(text), entities.escapeUTF8(text));
}
out('escape', entities.escape('<"\'&>\u00e9'));
out('escapeAttribute', entities.escapeAttribute('a "b" & c < d \u00a0'));
out('escapeText', entities.escapeText('a "b" & c < d \u00a0'));
const encoded = ['&lt;p&gt;', '&amp;amp;', '&#65;&#x42;&#X43;', '&copy; &COPY &copy', '&notin; &notit;', '&eacute&egrave;', '&#0; &#xD800; &#x110000; &#128;',
  '&unknown;', '&am', '&nbsp;x', '&lang;&rang;', '&ThickSpace;', '&#;', '&#x;', 'a&b', '&amp;&amp;&amp'];
for (const text of encoded) {
  out('decodeHTML ' + text, entities.decodeHTML(text));
  out('decodeHTMLStrict ' + text, entities.decodeHTMLStrict(text));
  out('decodeXML ' + text, entities.decodeXML(text));
}
out('decodeHTMLAttribute', entities.decodeHTMLAttribute ? entities.decodeHTMLAttribute('&amp=1&copy=2&copy;') : 'absent');
out('decode levels', [entities.decode('&apos;&lt;', 0), entities.decode('&apos;&lt;', 1), entities.decode('&apos;&lt;', { level: entities.EntityLevel.HTML })]);
out('encode options', [entities.encode('<\u00e9>', { level: entities.EntityLevel.HTML, mode: entities.EncodingMode.ASCII }), entities.encode('<\u00e9>', { level: entities.EntityLevel.XML, mode: entities.EncodingMode.UTF8 }), entities.encode('<\u00e9>', { mode: entities.EncodingMode.Extensive })]);
out('round trip', raw.map((text) => entities.decodeHTML(entities.encodeHTML(text)) === text));
attempt('non-string', () => entities.encodeHTML(42));
