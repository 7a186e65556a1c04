'use strict';
// json-stable-stringify: deterministic JSON with sorted keys, custom comparators, spacing, replacers
// and cycles.
const stringify = require('json-stable-stringify');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const obj = { c: 8, b: [{ z: 6, y: 5, x: 4 }, 7], a: 3, '10': 'ten', '9': 'nine', é: 'accent', B: 'upper' };
out('default', stringify(obj));
out('reverse comparator', stringify(obj, (a, b) => (a.key < b.key ? 1 : -1)));
out('comparator by value', stringify({ a: 3, b: 1, c: 2 }, { cmp: (a, b) => a.value - b.value }));
out('space 2', stringify({ b: [1, { d: 1, c: 2 }], a: {} }, { space: 2 }).split('\n'));
out('space string', stringify({ b: 1, a: [] }, { space: '--' }).split('\n'));
out('replacer', stringify({ keep: 1, drop: 2, nested: { drop: 3, keep: 4 } }, { replacer: (key, value) => (key === 'drop' ? undefined : value) }));
out('undefined and functions', stringify({ u: undefined, f() {}, s: Symbol('x'), n: null, list: [undefined, () => 1] }));
out('primitives', [stringify(1), stringify('s'), stringify(null), stringify(true), stringify(undefined), stringify(NaN), stringify(-0), stringify(Infinity)]);
out('dates and toJSON', stringify({ d: new Date(Date.UTC(2020, 4, 6)), t: { toJSON() { return { z: 1, a: 2 }; } } }));
out('nested arrays', stringify([[3, 2], [{ b: 1, a: 2 }]]));
out('string escapes', stringify({ 'k"ey': 'line\nbreak\u2028"q"', '\u0001': '\t' }));
const cyclic = { name: 'c' };
cyclic.self = cyclic;
attempt('cycle', () => stringify(cyclic));
out('cycles option', stringify(cyclic, { cycles: true }));
const shared = { s: 1 };
out('shared not cycle', stringify({ a: shared, b: shared }));
out('equal objects equal strings', stringify({ x: 1, y: 2 }) === stringify({ y: 2, x: 1 }));
out('Map and Set', stringify({ m: new Map([[1, 2]]), s: new Set([1]) }));
out('boxed', stringify({ n: new Number(5), s: new String('s'), b: new Boolean(false) }));
attempt('bigint', () => stringify({ big: 1n }));
out('deeply nested', stringify({ z: { y: { x: { w: [{ b: 1, a: 0 }] } } }, a: 0 }));
out('numeric-like keys order', stringify({ 2: 'b', 10: 'c', 1: 'a', '-1': 'n', '01': 'z' }));
out('space with empty containers', stringify({ e: {}, l: [] }, { space: 1 }).split('\n'));
out('replacer sees sorted keys', (() => { const seen = []; stringify({ c: 1, a: 2, b: 3 }, { replacer: (k, v) => { seen.push(k); return v; } }); return seen; })());
