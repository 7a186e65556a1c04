'use strict';
// ms: parse duration strings to milliseconds and format milliseconds, short and long.
const ms = require('ms');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const strings = ['100', '1s', '1sec', '1.5h', '2 days', '1d', '10h', '2.5 hrs', '1m', '1y', '-3 days', '-1h', '-200', '.5ms', '1 week', '2w',
  '5 mins', '1 millisecond', '53 milliseconds', '17 msecs', '3 hours', '1 year', 'foo', '1 foo', '10 ', '1e3', '  1 s', '1  s', '1.2.3s', '-.5h',
  'x'.repeat(101)];
for (const s of strings) attempt('parse ' + JSON.stringify(s.length > 20 ? s.slice(0, 20) + '...' : s), () => ms(s));
const numbers = [0, 1, 499, 500, 999, 1000, 1500, 59999, 60000, 90000, 3599999, 3600000, 86399999, 86400000, 172800000, 604800000, 31557600000, -1500, -86400000, 1e15];
out('short', numbers.map((n) => ms(n)));
out('long', numbers.map((n) => ms(n, { long: true })));
for (const bad of ['', NaN, Infinity, null, undefined, {}, [], true]) attempt('invalid ' + String(bad), () => ms(bad));
