"use strict";
const util = require('util');

console.log(util.format('%s is %d years and %i days', 'Bob', 42.5, 3.9));
console.log(util.format('%s', 'a', 'extra', 1));
console.log(util.format('100%% sure %s', 'yes'));
console.log(util.format('%j', { a: [1, 2] }));
console.log(util.format('%o', [1, 'x']));
console.log(util.format('%O', { nested: { deep: { deeper: { deepest: 1 } } } }));
console.log(util.format(1, 2, '3'));
console.log(util.format('%s', null, undefined, 5n, Symbol('x')));
console.log(util.format('no args %s'));
console.log(util.formatWithOptions({ compact: false }, '%O', { a: 1 }));
try {
  util.formatWithOptions(null, 'x');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(util.inspect({ a: 1, b: 'two', c: [3, 4], d: { e: { f: { g: 1 } } } }));
console.log(util.inspect({ d: { e: { f: { g: 1 } } } }, { depth: 0 }));
console.log(util.inspect({ d: { e: { f: { g: 1 } } } }, false, null));
console.log(util.inspect('str'), util.inspect(-0), util.inspect([1, , 3]));
console.log(util.inspect(new Map([[1, 'one']])), util.inspect(new Set(['a'])));
console.log(util.inspect({ [util.inspect.custom]() { return 'custom!'; } }));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
console.log(util.inspect.defaultOptions.depth, util.inspect.defaultOptions.breakLength);
try {
  util.inspect.defaultOptions = null;
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(JSON.stringify(util.inspect.colors.red), util.inspect.styles.number, JSON.stringify(util.inspect.colors.grey));
console.log(Object.keys(util.inspect.colors).length, Object.keys(util.inspect.styles).join(','));
