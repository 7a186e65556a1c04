"use strict";
const util = require('util');

async function double(x) {
  if (x < 0) throw new RangeError('negative');
  return x * 2;
}
const doubleCb = util.callbackify(double);
console.log(typeof doubleCb, doubleCb.name, doubleCb.length);

doubleCb(21, (err, value) => console.log('ok:', err, value));
doubleCb(-1, (err, value) => console.log('err:', err.name, err.message, value));

const rejectsFalsy = util.callbackify(() => Promise.reject(null));
rejectsFalsy((err) => console.log('falsy:', err.name, err.code, err.message, err.reason));
const rejectsZero = util.callbackify(() => Promise.reject(0));
rejectsZero((err) => console.log('zero:', err.code, err.reason));

const withThis = util.callbackify(async function () { return this.tag; });
withThis.call({ tag: 'this passed' }, (err, value) => console.log(value));

console.log('callbacks run later');

for (const bad of [undefined, 1, 'f']) {
  try {
    util.callbackify(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  doubleCb(1, 2);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  doubleCb();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
