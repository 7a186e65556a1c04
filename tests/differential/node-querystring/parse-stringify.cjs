"use strict";
// querystring.parse/stringify: separators, arrays, maxKeys, decoding of escapes and '+', custom coders.
const querystring = require('querystring');

function show(label, run) {
  try {
    const value = run();
    console.log(label, typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value), value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.getPrototypeOf(value) === null : '');
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

for (const input of ['a=1&b=2', 'a=1&a=2&a=3', 'a', 'a=', '=b', '=', '&&', 'a=1&&b=2&', 'a=b=c', 'a+b=c+d', 'a%20b=%41%42', 'a=%zz', 'a=%', 'a=%e9', 'a=%C3%A9', 'a=\u00e9%', '%E2%82=x', '__proto__=1&constructor=2', 'hasOwnProperty=x', '', 'a=1;b=2', ' a = b ']) {
  show(`parse ${JSON.stringify(input)}`, () => querystring.parse(input));
}
show('parse sep/eq', () => querystring.parse('a:1;b:2;;c', ';', ':'));
show('parse multi-char sep', () => querystring.parse('a=>1||b=>2', '||', '=>'));
show('parse maxKeys 2', () => querystring.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
show('parse maxKeys counts empties', () => querystring.parse('a=1&&b=2&c=3', null, null, { maxKeys: 2 }));
show('parse maxKeys 0', () => querystring.parse(Array.from({ length: 1200 }, (_, i) => `k${i}=${i}`).join('&'), null, null, { maxKeys: 0 }).k1199);
show('parse default maxKeys', () => Object.keys(querystring.parse(Array.from({ length: 1200 }, (_, i) => `k${i}=${i}`).join('&'))).length);
show('parse custom decode', () => querystring.parse('a=1+2&b=%41', null, null, { decodeURIComponent: (s) => `<${s}>` }));
show('parse throwing decode', () => querystring.parse('a=%41', null, null, { decodeURIComponent: () => { throw new Error('x'); } }));
show('parse non-string', () => [querystring.parse(5), querystring.parse(null), querystring.parse({})]);
show('decode alias', () => querystring.decode === querystring.parse && querystring.encode === querystring.stringify);

show('stringify', () => querystring.stringify({ a: 1, b: 'x y', c: ['1', 2, true], d: '', e: null, f: undefined, g: NaN, h: {}, i: [], j: 10n, k: -0 }));
show('stringify special chars', () => querystring.stringify({ 'k&=': "v!'()*-._~ /?#[]@\u00e9\ud83d\ude00" }));
show('stringify big number', () => querystring.stringify({ n: 1e21, m: 1.5e-7, inf: Infinity }));
show('stringify sep/eq', () => querystring.stringify({ a: 1, b: [2, 3] }, ';', ':'));
show('stringify empty sep', () => querystring.stringify({ a: 1, b: 2 }, '', ''));
show('stringify custom encode', () => querystring.stringify({ a: 'x y', n: 5, t: true, o: {} }, null, null, { encodeURIComponent: (s) => `[${s}]` }));
show('stringify non-object', () => [querystring.stringify('a'), querystring.stringify(null), querystring.stringify(5)]);
show('stringify inherited', () => querystring.stringify(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } })));
show('stringify lone surrogate', () => querystring.stringify({ a: '\ud800' }));
show('round trip', () => querystring.parse(querystring.stringify({ x: ['1', '2'], 'y z': '\u00e9&=' })));
