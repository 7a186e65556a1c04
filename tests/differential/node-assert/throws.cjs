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

class ValidationError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ValidationError';
    this.field = 'email';
  }
}
const thrower = (error) => () => { throw error; };

attempt('throws any', () => assert.throws(thrower(new Error('x'))));
attempt('throws class', () => assert.throws(thrower(new ValidationError('bad')), ValidationError));
attempt('throws base class', () => assert.throws(thrower(new ValidationError('bad')), Error));
attempt('throws wrong class', () => assert.throws(thrower(new TypeError('type')), RangeError));
attempt('throws wrong class, no message', () => assert.throws(thrower(new TypeError('')), RangeError));
attempt('throws non-error for class', () => assert.throws(thrower('a string'), TypeError));
attempt('throws regexp', () => assert.throws(thrower(new Error('file not found')), /not found/));
attempt('throws regexp mismatch', () => assert.throws(thrower(new Error('file not found')), /denied/));
attempt('throws object', () => assert.throws(thrower(new ValidationError('bad')), { name: 'ValidationError', field: 'email' }));
attempt('throws object mismatch', () => assert.throws(thrower(new ValidationError('bad')), { name: 'ValidationError', message: 'good' }));
attempt('throws object regexp values', () => assert.throws(thrower(new ValidationError('bad input')), { message: /input/, field: /^em/ }));
attempt('throws object missing key', () => assert.throws(thrower(new Error('x')), { code: 'E_CODE' }));
attempt('throws error instance', () => assert.throws(thrower(new TypeError('t')), new TypeError('t')));
attempt('throws error instance mismatch', () => assert.throws(thrower(new TypeError('t')), new TypeError('u')));
attempt('throws primitive vs object', () => assert.throws(thrower(42), { a: 1 }));
attempt('throws validation fn', () => assert.throws(thrower(new Error('x')), (e) => e.message === 'x'));
attempt('throws validation fn false', () => assert.throws(thrower(new Error('x')), function check(e) { return false; }));
attempt('throws validation arrow', () => assert.throws(thrower(new Error('x')), () => 1));
attempt('throws nothing', () => assert.throws(() => {}));
attempt('throws nothing, class', () => assert.throws(() => {}, TypeError));
attempt('throws nothing, message', () => assert.throws(() => {}, 'should have thrown'));
attempt('throws nothing, class and message', () => assert.throws(() => {}, TypeError, 'must throw'));
attempt('throws empty object', () => assert.throws(thrower(new Error('x')), {}));
attempt('throws not a function', () => assert.throws('nope'));
attempt('throws bad error arg', () => assert.throws(thrower(new Error('x')), 5));
attempt('throws string twice', () => assert.throws(thrower(new Error('x')), 'a', 'b'));
attempt('throws ambiguous', () => assert.throws(thrower(new Error('same')), 'same'));
attempt('throws custom message', () => assert.throws(thrower(new TypeError('t')), RangeError, 'custom'));
attempt('doesNotThrow ok', () => assert.doesNotThrow(() => 1));
attempt('doesNotThrow throws', () => assert.doesNotThrow(thrower(new Error('oops'))));
attempt('doesNotThrow message', () => assert.doesNotThrow(thrower(new Error('oops')), 'with message'));
attempt('doesNotThrow matching class', () => assert.doesNotThrow(thrower(new TypeError('t')), TypeError, 'typed'));
attempt('doesNotThrow other class', () => assert.doesNotThrow(thrower(new TypeError('rethrown')), RangeError));
attempt('ifError null', () => assert.ifError(null));
attempt('ifError error', () => assert.ifError(new Error('callback failed')));
attempt('ifError empty message', () => assert.ifError(new TypeError('')));
attempt('ifError string', () => assert.ifError('text'));
attempt('ifError zero', () => assert.ifError(0));
