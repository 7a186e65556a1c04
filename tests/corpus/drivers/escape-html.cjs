'use strict';
// escape-html: escape the five HTML-special characters in strings and coerced values.
const escapeHtml = require('escape-html');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const inputs = [
  'plain', '<script>alert("x")</script>', "it's & <b>bold</b>", '&amp;', '"double" \'single\'', '', '<<>>', '&&&',
  'trailing <', '> leading', 'unicode \u00e9\u4e2d \u{1F600} <', 'line\nbreak <br>', 'a'.repeat(40) + '<' + 'b'.repeat(40),
  '\u0000<\u0000', '`backtick` = not escaped',
];
for (const input of inputs) out(JSON.stringify(input), escapeHtml(input));
const others = [42, -0, 1.5e21, true, false, null, undefined, NaN, ['<a>', '&'], { toString() { return '<obj>'; } }];
for (const value of others) out('coerced ' + String(value && value.toString ? value.toString() : value), escapeHtml(value));
out('idempotence', escapeHtml(escapeHtml('<&>')));
out('length growth', inputs.map((s) => escapeHtml(s).length - s.length));
