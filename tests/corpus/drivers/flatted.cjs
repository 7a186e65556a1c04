'use strict';
// flatted: JSON with circular and repeated references, round trips, revivers and replacers.
const Flatted = require('flatted');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const simple = [1, 'two', { three: 3 }, null, true];
out('simple', Flatted.stringify(simple));
out('simple parse', Flatted.parse(Flatted.stringify(simple)));
const circular = { name: 'root', children: [] };
circular.self = circular;
circular.children.push({ parent: circular, name: 'child' }, circular);
const text = Flatted.stringify(circular);
out('circular', text);
const back = Flatted.parse(text);
out('circular restored', [back.self === back, back.children[0].parent === back, back.children[1] === back, back.children[0].name]);
const shared = { s: 'shared' };
const repeated = { a: shared, b: shared, list: [shared, shared] };
const repeatedBack = Flatted.parse(Flatted.stringify(repeated));
out('repeated', [Flatted.stringify(repeated), repeatedBack.a === repeatedBack.b, repeatedBack.list[1] === repeatedBack.a]);
out('strings that look like indexes', Flatted.parse(Flatted.stringify({ a: '0', b: '1', c: ['x', '0'] })));
out('same string twice', Flatted.stringify(['dup', 'dup', { k: 'dup' }]));
out('primitives', [Flatted.stringify(1), Flatted.stringify('s'), Flatted.stringify(null), Flatted.stringify(true), Flatted.stringify([])]);
out('primitives parsed', [Flatted.parse(Flatted.stringify(1)), Flatted.parse(Flatted.stringify('s')), Flatted.parse(Flatted.stringify(null))]);
out('undefined and functions', Flatted.stringify({ u: undefined, f() {}, n: NaN, i: -Infinity }));
out('replacer function', Flatted.stringify({ a: 1, b: 'x', c: { d: 2 } }, (key, value) => (typeof value === 'number' ? value * 10 : value)));
out('replacer array', Flatted.stringify({ a: 1, b: 2, c: 3 }, ['a', 'c']));
out('space', Flatted.stringify({ a: [1, { b: 2 }] }, null, 2));
out('reviver', Flatted.parse(Flatted.stringify({ a: 1, b: [2, 3] }), (key, value) => (typeof value === 'number' ? value + 0.5 : value)));
const withJSON = Flatted.toJSON(circular);
out('toJSON', JSON.stringify(withJSON));
out('fromJSON', (() => { const r = Flatted.fromJSON(withJSON); return r.self === r; })());
const deep = [];
let cursor = deep;
for (let i = 0; i < 20; i++) { const next = []; cursor.push(i, next); cursor = next; }
cursor.push(deep);
out('deep', Flatted.stringify(deep).length);
const deepBack = Flatted.parse(Flatted.stringify(deep));
let walk = deepBack;
for (let i = 0; i < 20; i++) walk = walk[1];
out('deep cycle closes', walk[0] === deepBack);
out('dates become strings', Flatted.parse(Flatted.stringify({ when: new Date(Date.UTC(2020, 0, 2)) })));
attempt('parse invalid', () => Flatted.parse('not json'));
attempt('parse plain JSON', () => Flatted.parse('{"a":1}'));
attempt('parse empty array', () => Flatted.parse('[]'));
