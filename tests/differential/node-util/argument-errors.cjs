"use strict";
// How node's ERR_INVALID_ARG_TYPE describes each kind of received value.
const path = require('path');
const util = require('util');
const EventEmitter = require('events');

const values = [null, undefined, 0, -0, NaN, Infinity, 1.5, 12345678901234567890, 10n, true, Symbol('s'), Symbol(),
  'short', "it's", 'a very long string that goes on and on', "it's a very long string that goes on",
  () => {}, function named() {}, class K {}, {}, [], new Map(), Object.create(null),
  Object.assign(Object.create(null), { a: 1 }), new (class {})(), Object.create({ constructor: {} })];
for (const value of values) {
  try {
    path.join(value);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

// the error objects themselves
try {
  util.inherits(null, Object);
} catch (e) {
  console.log(e instanceof TypeError, e.constructor === TypeError, Object.getPrototypeOf(e) === TypeError.prototype);
  console.log(String(e));
  console.log(Object.keys(e).join(','), Object.getOwnPropertyDescriptor(e, 'message').enumerable);
}
try {
  new EventEmitter().emit('error', 'text');
} catch (e) {
  console.log(String(e), Object.keys(e).join(','), e.context);
}
try {
  new EventEmitter().setMaxListeners(-5);
} catch (e) {
  console.log(e instanceof RangeError, String(e));
}
