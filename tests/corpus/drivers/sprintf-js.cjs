'use strict';
// sprintf-js: format strings with positional and named arguments, padding, precision and errors.
const { sprintf, vsprintf } = require('sprintf-js');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const cases = [
  ['%s', 'str'], ['%d', 42], ['%d', -42.9], ['%i', '17'], ['%f', Math.PI], ['%.2f', Math.PI], ['%.0f', 2.5], ['%10.3f|', -1.5], ['%-10s|', 'left'],
  ['%010d', -42], ['%+d %+d', 5, -5], ["%'*8s", 'pad'], ['%5.2s|', 'abcdef'], ['%x %X', 255, 255], ['%o', 8], ['%b', 5], ['%c', 65], ['%e', 12345.678],
  ['%.3e', 0.000123], ['%g', 0.00001234], ['%g', 123456789], ['%u', -1], ['%j', { a: [1, 'x'] }], ['%t %t', true, 0], ['%T', []], ['%T', null], ['%v', { valueOf() { return 'valueOf'; } }],
  ['%%'], ['%2$s %1$s', 'world', 'hello'], ['%(name)s is %(age)d', { name: 'ann', age: 31 }], ['%(user.name)s', { user: { name: 'nested' } }], ['%(list[1])s', { list: ['a', 'b'] }],
  ['%s', () => 'function result'], ['%d', '12abc'], ['%s %s', 'only one'], ['%.1f%%', 99.95], ['%5s|%-5s|', 'ab', 'cd'], ['%s', undefined], ['%s', null], ['%d', NaN],
];
for (const [format, ...args] of cases) attempt(JSON.stringify(format) + ' ' + JSON.stringify(args), () => sprintf(format, ...args));
attempt('vsprintf', () => vsprintf('%s-%s-%d', ['a', 'b', 3]));
attempt('vsprintf empty', () => vsprintf('plain', []));
for (const bad of ['%', '%z', '%(unclosed', '%1$s %s', '%(a)s %s', '%d']) attempt('error ' + JSON.stringify(bad), () => sprintf(bad, 1));
attempt('named missing key', () => sprintf('%(missing)s', {}));
attempt('named through undefined', () => sprintf('%(a.b)s', {}));
attempt('cache reuse', () => [sprintf('%05.1f', 3.14159), sprintf('%05.1f', 2.71828)]);
