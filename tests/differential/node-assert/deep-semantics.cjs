"use strict";
const assert = require('assert');
const util = require('util');

function both(a, b) {
  let loose = true;
  let strict = true;
  try { assert.deepEqual(a, b); } catch { loose = false; }
  try { assert.deepStrictEqual(a, b); } catch { strict = false; }
  if (strict !== util.isDeepStrictEqual(a, b)) throw new Error('isDeepStrictEqual disagrees');
  return `${loose ? 'L' : '.'}${strict ? 'S' : '.'}`;
}

const cases = [
  ['1 / "1"', 1, '1'],
  ['NaN / NaN', NaN, NaN],
  ['0 / -0', 0, -0],
  ['[0] / [-0]', [0], [-0]],
  ['null / undefined', null, undefined],
  ['{} / []', {}, []],
  ['[] / {length:0}', [], { length: 0 }],
  ['sparse / undefined', [1, , 3], [1, undefined, 3]],
  ['sparse / sparse', [1, , 3], [1, , 3]],
  ['key order', { a: 1, b: 2 }, { b: 2, a: 1 }],
  ['extra undefined key', { a: 1 }, { a: 1, b: undefined }],
  ['null proto', Object.create(null), {}],
  ['class instance', new (class A {})(), {}],
  ['boxed number', Object(1), Object(1)],
  ['boxed differs', Object(1), Object(2)],
  ['boxed / primitive', Object('a'), 'a'],
  ['dates', new Date(5), new Date(5)],
  ['dates with props', Object.assign(new Date(5), { x: 1 }), new Date(5)],
  ['regexps', /a/g, /a/g],
  ['regexp flags', /a/g, /a/i],
  ['regexp lastIndex', Object.assign(/a/g, { lastIndex: 3 }), /a/g],
  ['errors', new Error('x'), new Error('x')],
  ['error types', new Error('x'), new TypeError('x')],
  ['error causes', new Error('x', { cause: 1 }), new Error('x', { cause: 2 })],
  ['set loose', new Set([1]), new Set(['1'])],
  ['set objects', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])],
  ['map loose keys', new Map([[1, 'a']]), new Map([['1', 'a']])],
  ['map object keys', new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  ['map values differ', new Map([['a', {}]]), new Map([['a', []]])],
  ['typed arrays', new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  ['typed kinds', new Uint8Array([1]), new Int8Array([1])],
  ['float -0', new Float64Array([0]), new Float64Array([-0])],
  ['float NaN', new Float32Array([NaN]), new Float32Array([NaN])],
  ['array buffers', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer],
  ['array buffers differ', new ArrayBuffer(2), new ArrayBuffer(3)],
  ['symbols keys', { [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 1 }],
  ['symbol values differ', { [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 }],
  ['symbol key missing', { [Symbol.for('s')]: 1 }, {}],
  ['non-enumerable', Object.defineProperty({}, 'x', { value: 1 }), {}],
  ['array extra prop', Object.assign([1], { p: 1 }), [1]],
  ['functions', function f() {}, function f() {}],
  ['nested loose', { a: [1, { b: '2' }] }, { a: ['1', { b: 2 }] }],
  ['weakmaps', new WeakMap(), new WeakMap()],
  ['promises', Promise.resolve(1), Promise.resolve(2)],
];
for (const [label, a, b] of cases) console.log(both(a, b), label);

// cycles
const a = { name: 'a' };
a.self = a;
const b = { name: 'a' };
b.self = b;
console.log(both(a, b), 'self cycles');
const c = { name: 'c' };
c.self = c;
console.log(both(a, c), 'different cyclic');
const list1 = [1];
list1.push(list1);
const list2 = [1];
list2.push(list2);
console.log(both(list1, list2), 'cyclic arrays');
