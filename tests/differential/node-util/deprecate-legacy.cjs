"use strict";
const util = require('util');

// deprecate returns a wrapper that calls through (the warning goes to stderr in node)
function add(a, b) { return a + b; }
const oldAdd = util.deprecate(add, 'add is deprecated', 'DEP_TEST');
console.log(oldAdd(1, 2), oldAdd(3, 4), typeof oldAdd, oldAdd.name);
class Thing { constructor(v) { this.v = v; } }
const OldThing = util.deprecate(Thing, 'Thing is deprecated');
const t = new OldThing(5);
console.log(t.v, t instanceof Thing, t instanceof OldThing, OldThing.prototype === Thing.prototype);
try {
  util.deprecate(add, 'msg', 12);
} catch (e) {
  console.log(e.name, e.code, e.message);
}

// the legacy type checks
const values = [null, undefined, 0, 'str', true, Symbol('s'), {}, [], () => {}, /re/, new Date(0), new Error('e'), 10n];
const checks = ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
  'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'];
for (const name of checks) {
  console.log(name.padEnd(18), values.map((v) => (util[name](v) ? 'T' : '.')).join(''));
}
console.log(util.isError(Object.create(Error.prototype)), util.isError({ name: 'Error', message: 'x' }));

// _extend copies own enumerable properties
const target = { a: 1 };
console.log(JSON.stringify(util._extend(target, { b: 2, c: 3 })), util._extend(target, null) === target);

// debuglog: sections are disabled
const debug = util.debuglog('mysection');
console.log(typeof debug, debug.enabled, debug('ignored %s', 'x'), util.debug === util.debuglog);
