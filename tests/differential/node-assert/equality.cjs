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

attempt('strictEqual 1 2', () => assert.strictEqual(1, 2));
attempt('strictEqual 1 "1"', () => assert.strictEqual(1, '1'));
attempt('strictEqual NaN NaN', () => assert.strictEqual(NaN, NaN));
attempt('strictEqual 0 -0', () => assert.strictEqual(0, -0));
attempt('strictEqual long strings', () => assert.strictEqual('hello world foo', 'hello world bar'));
attempt('strictEqual early difference', () => assert.strictEqual('abcdefghijklmnop', 'xbcdefghijklmnop'));
attempt('strictEqual multiline strings', () => assert.strictEqual('a\nb\nc', 'a\nx\nc'));
attempt('strictEqual objects', () => assert.strictEqual({ a: 1 }, { a: 1 }));
attempt('strictEqual different objects', () => assert.strictEqual({ a: 1 }, { a: 2 }));
attempt('strictEqual arrays', () => assert.strictEqual([1, 2], [1, 3]));
attempt('strictEqual null undefined', () => assert.strictEqual(null, undefined));
attempt('strictEqual custom message', () => assert.strictEqual(1, 2, 'custom message'));
attempt('strictEqual Error message', () => assert.strictEqual(1, 2, new TypeError('thrown as is')));
attempt('notStrictEqual 1 1', () => assert.notStrictEqual(1, 1));
attempt('notStrictEqual long', () => assert.notStrictEqual('a long string', 'a long string'));
attempt('notStrictEqual object', () => {
  const o = { x: [1, 2] };
  assert.notStrictEqual(o, o);
});
attempt('equal 1 "1"', () => assert.equal(1, '1'));
attempt('equal 1 2', () => assert.equal(1, 2));
attempt('equal NaN NaN', () => assert.equal(NaN, NaN));
attempt('equal objects', () => assert.equal({ a: 1 }, { a: 1 }));
attempt('equal null undefined', () => assert.equal(null, undefined));
attempt('notEqual 1 "1"', () => assert.notEqual(1, '1'));
attempt('notEqual 1 2', () => assert.notEqual(1, 2));
attempt('equal with message', () => assert.equal('a', 'b', 'they differ'));
attempt('missing args', () => assert.strictEqual(1));
attempt('missing args equal', () => assert.equal());
attempt('ok()', () => assert.ok());
attempt('ok(0, message)', () => assert.ok(0, 'zero is falsy'));
attempt('assert("", message)', () => assert('', 'empty string'));
attempt('ok(1)', () => assert.ok(1));
attempt('fail()', () => assert.fail());
attempt('fail(message)', () => assert.fail('boom'));
attempt('fail(error)', () => assert.fail(new RangeError('own error')));
