"use strict";
const assert = require('assert');
const strict = require('assert/strict');

console.log(strict === assert.strict, require('node:assert/strict') === strict, strict.strict === strict);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual);
console.log(strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(Object.keys(assert).filter((k) => k !== 'CallTracker').join(','));
console.log(typeof assert, assert.ok.name, assert.strict.name, assert.AssertionError.name);

for (const [label, fn] of [
  ['strict.equal', () => strict.equal(1, '1')],
  ['strict.deepEqual', () => strict.deepEqual([1], ['1'])],
  ['strict.notEqual', () => strict.notEqual(2, 2)],
  ['strict(0, msg)', () => strict(0, 'strict call')],
  ['strict()', () => strict()],
]) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}

// AssertionError can be constructed directly
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e instanceof Error, e.name, e.code, e.generatedMessage, e.actual, e.expected, e.operator);
console.log(JSON.stringify(e.message));
console.log(String(e).split('\n')[0]);
console.log(Object.keys(e).join(','));
const withMessage = new assert.AssertionError({ message: 'given', actual: 'a', expected: 'b', operator: 'fail' });
console.log(withMessage.message, withMessage.generatedMessage);
const other = new assert.AssertionError({ actual: 1, expected: 2, operator: '>' });
console.log(JSON.stringify(other.message));
try {
  new assert.AssertionError();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  assert.strictEqual(1, 2);
} catch (err) {
  console.log(err instanceof assert.AssertionError, Object.getPrototypeOf(err) === assert.AssertionError.prototype);
}
