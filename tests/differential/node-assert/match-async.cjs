"use strict";
const assert = require('assert');

function report(label, e) {
  if (e === undefined) {
    console.log(label, 'passed');
    return;
  }
  console.log(`${label}: ${e.name} ${e.code} generated=${e.generatedMessage} operator=${e.operator}`);
  console.log(e.message);
  console.log('--');
}
function attempt(label, fn) {
  try {
    fn();
    report(label);
  } catch (e) {
    report(label, e);
  }
}
async function attemptAsync(label, fn) {
  try {
    await fn();
    report(label);
  } catch (e) {
    report(label, e);
  }
}

attempt('match', () => assert.match('I will pass', /pass/));
attempt('match fails', () => assert.match('I will fail', /pass/));
attempt('match non-string', () => assert.match(123, /123/));
attempt('match bad regexp', () => assert.match('x', 'x'));
attempt('match message', () => assert.match('abc', /z/, 'needs a z'));
attempt('doesNotMatch', () => assert.doesNotMatch('abc', /z/));
attempt('doesNotMatch fails', () => assert.doesNotMatch('abc', /b/));
attempt('doesNotMatch error message', () => assert.doesNotMatch('abc', /b/, new SyntaxError('mine')));

async function main() {
  await attemptAsync('rejects', () => assert.rejects(Promise.reject(new Error('no'))));
  await attemptAsync('rejects fn', () => assert.rejects(async () => { throw new TypeError('t'); }, TypeError));
  await attemptAsync('rejects wrong class', () => assert.rejects(async () => { throw new TypeError('t'); }, RangeError));
  await attemptAsync('rejects resolved', () => assert.rejects(Promise.resolve(1)));
  await attemptAsync('rejects resolved message', () => assert.rejects(Promise.resolve(1), 'expected failure'));
  await attemptAsync('rejects object', () => assert.rejects(Promise.reject(new Error('m')), { message: 'm' }));
  await attemptAsync('rejects not a promise', () => assert.rejects(() => 5));
  await attemptAsync('rejects bad argument', () => assert.rejects(5));
  await attemptAsync('doesNotReject', () => assert.doesNotReject(Promise.resolve('fine')));
  await attemptAsync('doesNotReject rejected', () => assert.doesNotReject(Promise.reject(new Error('bad'))));
  await attemptAsync('doesNotReject fn', () => assert.doesNotReject(async () => { throw new Error('inner'); }, 'msg'));
  const pending = assert.rejects(Promise.reject(new Error('x')));
  console.log('rejects returns a promise:', pending instanceof Promise);
  await pending;
}
main().then(() => console.log('done'));
