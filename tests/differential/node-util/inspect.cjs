"use strict";
// util.inspect of common values with node's defaults and options (the VM's native inspector).
const util = require('util');
const { inspect } = util;

const show = (label, value, options) => console.log(`${label}: ${inspect(value, options)}`);

// primitives
show('string', "it's \"quoted\"\nnext");
show('string single', 'plain');
show('numbers', [0, -0, 1.5, -1e21, NaN, Infinity, 2 ** 53]);
show('bigint', [10n, -5n]);
show('symbols', [Symbol('s'), Symbol(), Symbol.iterator, Symbol.for('reg')]);
show('misc', [null, undefined, true]);

// objects and arrays
show('object', { a: 1, 'b-c': 2, 3: 'three', [Symbol('k')]: 4 });
show('nested', { a: { b: { c: { d: { e: 1 } } } } });
show('nested depth 0', { a: { b: 1 } }, { depth: 0 });
show('nested depth null', { a: { b: { c: { d: { e: 1 } } } } }, { depth: null });
show('array', [1, 'two', [3, [4, [5, [6]]]]]);
show('sparse', [1, , , 4, , ]);
show('array props', Object.assign([1, 2], { extra: true }));
show('empty', [{}, [], new Map(), new Set(), Object.create(null)]);
show('null prototype', Object.assign(Object.create(null), { x: 1 }));
show('long array', Array.from({ length: 120 }, (_, i) => i));
show('max array length', [1, 2, 3, 4, 5], { maxArrayLength: 2 });
show('long string', 'x'.repeat(30), { maxStringLength: 10 });
show('many keys', Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i])));
show('breakLength', { alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc' }, { breakLength: 40 });
show('compact false', { a: [1, 2], b: { c: 1 } }, { compact: false });
show('compact 1', { a: [1, 2], b: { c: 1 } }, { compact: 1 });
show('sorted', { b: 1, a: 2, c: { z: 1, y: 2 } }, { sorted: true });
show('short array lines', Array.from({ length: 30 }, (_, i) => i * 1000));
show('strings in array', ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']);

// built-in objects
show('map', new Map([['a', 1], [{ k: 1 }, [2]]]));
show('set', new Set([1, 'two', { three: 3 }]));
show('weak', [new WeakMap(), new WeakSet()]);
show('date', new Date(0));
show('invalid date', new Date(NaN));
show('regexp', [/ab+c/gi, new RegExp('a/b')]);
show('boxed', [Object(1), Object('str'), Object(true), Object(5n), Object(Symbol('b'))]);
show('typed', [new Uint8Array([1, 2, 3]), new Float64Array(2), new BigInt64Array(1)]);
show('buffer', new ArrayBuffer(3));
show('dataview', new DataView(new ArrayBuffer(2)));
show('promise', [Promise.resolve(42), Promise.reject(new Error('x')).catch(() => {}) && new Promise(() => {})]);
show('functions', [function named() {}, () => {}, async function af() {}, function* gen() {}, class K {}, class extends Array {}]);
show('function props', Object.assign(function withProps() {}, { a: 1 }));
show('iterators', [new Map([[1, 2]]).entries(), new Set([1]).values(), [1, 2][Symbol.iterator]()]);
show('arguments', (function () { return arguments; })(1, 'a'));

// classes and prototypes
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Tagged {
  get [Symbol.toStringTag]() {
    return 'Custom';
  }
}
show('class instance', new Point(1, 2));
show('tagged', new Tagged());
show('object with constructor-less proto', Object.create({ inherited: 1 }));
show('getters', { get value() { return 1; }, set value(v) {}, get only() { return 2; }, set only2(v) {} });
show('getters shown', { get value() { return 1; } }, { getters: true });
show('non-enumerable hidden', Object.defineProperty({ shown: 1 }, 'hidden', { value: 2 }));
show('showHidden', Object.defineProperty({ shown: 1 }, 'hidden', { value: 2 }), { showHidden: true });
show('showHidden array', [1], { showHidden: true });

// circular references
const circle = { name: 'c' };
circle.self = circle;
circle.list = [circle];
show('circular', circle);

// custom inspect
const custom = {
  [inspect.custom](depth, options, inspectFn) {
    return `custom(depth=${depth}, ${typeof options.stylize}, ${typeof inspectFn})`;
  },
};
show('custom', custom);
show('custom nested', { inner: custom });
show('custom returning object', { [inspect.custom]() { return { replaced: true }; } });
show('custom disabled', { [inspect.custom]() { return 'x'; }, plain: 1 }, { customInspect: false });

// legacy arguments and util.format with objects
console.log(inspect({ a: { b: { c: { d: 1 } } } }, false, 0));
console.log(util.format('%o', { a: [1, 2, { b: 3 }] }));
console.log(util.format('%O and %s', { a: { b: { c: { d: 1 } } } }, { x: 1 }));
console.log(util.format('%s %s %s', [1, [2]], { a: 1 }, new Map([[1, 2]])));
console.log(util.format('%d %i %f', '42', 3.9, '1.5'), util.format('%c', 'css ignored'));
console.log(util.format({ a: 1 }, 'text', 5, [2]));
