'use strict';
// json5: parse JSON5 (comments, trailing commas, unquoted keys, hex, Infinity) and stringify.
const JSON5 = require('json5');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message + (e.lineNumber ? ' @' + e.lineNumber + ':' + e.columnNumber : '')); }
};
const text = `{
  // comment
  unquoted: 'and you can quote me on that',
  singleQuotes: 'I can use "double quotes" here',
  lineBreaks: "Look, Mom! \\
No \\\\n's!",
  hexadecimal: 0xdecaf,
  leadingDecimalPoint: .8675309, andTrailing: 8675309.,
  positiveSign: +1,
  trailingComma: 'in objects', andIn: ['arrays',],
  "backwardsCompatible": "with JSON",
  /* block */ infinity: -Infinity, nan: NaN,
  escapes: '\\x41\\u0042\\t\\v\\0',
  $dollar_ident: 1, \\u0061bc: 'escaped key',
}`;
attempt('parse', () => { const v = JSON5.parse(text); v.nan = String(v.nan); v.infinity = String(v.infinity); return v; });
attempt('parse primitives', () => ['1', '-0x10', "'s'", 'null', 'true', '[1,2,]', '{}', '  42  ', '1e3', '.5e-1'].map((s) => JSON5.parse(s)));
attempt('parse -0', () => Object.is(JSON5.parse('-0'), -0));
attempt('reviver', () => JSON5.parse('{a: 1, b: [2, 3], c: {d: 4}}', (key, value) => (typeof value === 'number' ? value * 2 : value)));
attempt('reviver delete', () => JSON5.parse('{a: 1, b: 2}', (key, value) => (key === 'a' ? undefined : value)));
const errors = ['{a: 1,,}', '[1, 2', "'unterminated", '{1: 2}', '01', '0x', 'undefined', '{a b}', '/* unclosed', '"\\u00G0"', '', '[1]x', '\u2028', '{a: 1}\n}', '"line\nbreak"'];
for (const bad of errors) attempt('error ' + JSON.stringify(bad), () => JSON5.parse(bad));
const value = { a: 1, 'b-c': 'it\'s "quoted"', list: [1, 'two', null, true, { nested: [] }], inf: Infinity, nan: NaN, neg: -0, u: undefined, f() {}, d: new Date(Date.UTC(2021, 5, 7)), unicode: '\u00e9\u2028\u{1F600}', ctrl: '\x01\b' };
attempt('stringify', () => JSON5.stringify(value));
attempt('stringify space 2', () => JSON5.stringify({ a: [1, { b: 2 }], c: {} }, null, 2).split('\n'));
attempt('stringify space string', () => JSON5.stringify({ a: [1] }, null, '\t').split('\n'));
attempt('stringify quote option', () => [JSON5.stringify({ s: "it's" }, { quote: '"' }), JSON5.stringify({ s: 'x' }, { quote: "'" }), JSON5.stringify("both ' and \"")]);
attempt('stringify replacer array', () => JSON5.stringify({ a: 1, b: 2, c: 3 }, ['a', 'c']));
attempt('stringify replacer function', () => JSON5.stringify({ a: 1, b: 'x' }, (k, v) => (typeof v === 'number' ? v + 100 : v)));
attempt('stringify options object', () => JSON5.stringify({ a: [1, 2] }, { space: 1, replacer: null }));
attempt('stringify toJSON5', () => JSON5.stringify({ x: { toJSON5() { return 'custom'; } }, y: { toJSON() { return 'json'; } } }));
attempt('stringify keys needing quotes', () => JSON5.stringify({ valid: 1, 'in-valid': 2, '1abc': 3, $ok: 4, _ok: 5, '': 6, 'é': 7 }));
attempt('stringify primitives', () => [JSON5.stringify(1), JSON5.stringify('s'), JSON5.stringify(null), JSON5.stringify(undefined), JSON5.stringify(NaN), JSON5.stringify([undefined, () => 1])]);
attempt('stringify boxed', () => JSON5.stringify([new Number(1), new String('s'), new Boolean(true)]));
const cyclic = {};
cyclic.self = cyclic;
attempt('stringify cycle', () => JSON5.stringify(cyclic));
attempt('round trip', () => JSON.stringify(JSON5.parse(JSON5.stringify({ a: [1, 'x', { b: null }] }))));
