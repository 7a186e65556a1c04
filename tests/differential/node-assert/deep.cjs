"use strict";
const assert = require('assert');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} generated=${e.generatedMessage} operator=${e.operator}`);
    console.log(e.message);
    console.log('--');
  }
}

attempt('objects', () => assert.deepStrictEqual({ a: 1, b: [1, 2, 3], c: 'x' }, { a: 1, b: [1, 2, 4], c: 'x' }));
attempt('prepended element', () => assert.deepStrictEqual([1, 2, 3], [0, 1, 2, 3]));
attempt('extra element', () => assert.deepStrictEqual([1], [1, 2]));
attempt('missing element', () => assert.deepStrictEqual([1, 2, 3], [1, 2]));
attempt('long array', () => assert.deepStrictEqual(
  Array.from({ length: 30 }, (_, i) => i),
  Array.from({ length: 30 }, (_, i) => (i === 15 ? -1 : i))));
attempt('many keys', () => assert.deepStrictEqual(
  { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 },
  { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 9 }));
attempt('nested', () => assert.deepStrictEqual({ user: { name: 'x', tags: ['a', 'b'] } }, { user: { name: 'x', tags: ['a', 'c'] } }));
attempt('prototype', () => assert.deepStrictEqual(Object.create(null), {}));
attempt('same structure', () => assert.deepStrictEqual({ a: Symbol.iterator === 1 ? 0 : [] }, { a: [] }));
attempt('1 vs "1" strict', () => assert.deepStrictEqual([1], ['1']));
attempt('1 vs "1" loose', () => assert.deepEqual([1], ['1']));
attempt('loose objects', () => assert.deepEqual({ a: 1 }, { a: 2 }));
attempt('loose passes', () => assert.deepEqual({ a: 1, b: [true] }, { a: '1', b: [1] }));
attempt('notDeepEqual same', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
attempt('notDeepEqual loosely same', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
attempt('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: [1] }, { a: [1] }));
attempt('notDeepStrictEqual short', () => assert.notDeepStrictEqual(1, 1));
attempt('maps', () => assert.deepStrictEqual(new Map([['a', 1]]), new Map([['a', 2]])));
attempt('sets', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
attempt('dates', () => assert.deepStrictEqual(new Date(0), new Date(1000)));
attempt('custom message', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'objects differ'));
attempt('loose custom message', () => assert.deepEqual({ a: 1 }, { a: 2 }, 'loosely differ'));
attempt('errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
attempt('equal errors', () => assert.deepStrictEqual(new Error('a'), new Error('a')));
attempt('trailing comma', () => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1 }));
attempt('strings in array', () => assert.deepStrictEqual(['x', 'y'], ['x', 'z']));
