"use strict";
// querystring.escape/unescape/unescapeBuffer and overriding them on the module.
const querystring = require('querystring');

function show(label, run) {
  try {
    console.log(label, JSON.stringify(run()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

for (const input of ['abc', 'a b', "!'()*-._~", '&=?#/', '\u00e9', '\ud83d\ude00', '', 'A-Z_0-9']) show(`escape ${JSON.stringify(input)}`, () => querystring.escape(input));
show('escape number', () => querystring.escape(12));
show('escape object', () => querystring.escape({ toString: () => 'o b' }));
show('escape array', () => querystring.escape(['a', 'b c']));
show('escape lone surrogate', () => querystring.escape('\udc00'));
for (const input of ['a%20b', 'a+b', '%41%4a%4A', '%', '%4', '%zz', '%e9', '%C3%A9', '\u00e9%zz', 'x%E2%82%AC%']) {
  show(`unescape ${JSON.stringify(input)}`, () => [querystring.unescape(input), querystring.unescape(input, true)]);
}
show('unescapeBuffer', () => Array.from(querystring.unescapeBuffer('a%20b+c%zz%4')));
show('unescapeBuffer spaces', () => querystring.unescapeBuffer('a+b', true).toString());
show('unescapeBuffer wide char', () => Array.from(querystring.unescapeBuffer('\u0141%41')));

const originalUnescape = querystring.unescape;
querystring.unescape = (s) => s.toUpperCase();
show('parse uses overridden unescape', () => querystring.parse('a=b&c=%41'));
querystring.unescape = originalUnescape;
const originalEscape = querystring.escape;
querystring.escape = (s) => `(${s})`;
show('stringify uses overridden escape', () => querystring.stringify({ a: 'b', n: 1 }));
querystring.escape = originalEscape;
show('restored', () => [querystring.stringify({ a: 'b c' }), querystring.parse('a=%41')]);
