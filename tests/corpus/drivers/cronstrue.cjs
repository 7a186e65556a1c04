'use strict';
// cronstrue: cron expressions described in English, with options and invalid expressions.
const cronstrue = require('cronstrue');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + (typeof e === 'string' ? 'string ' + e : e.name + ': ' + e.message)); }
};
const expressions = [
  '* * * * *', '*/5 * * * *', '0 23 ? * MON-FRI', '0 0 12 1/1 * ? *', '30 11 * * 1-5', '0 0 1 1 *',
  '15 10 L * ?', '0 0 6W * *', '0 0 ? * 6#3', '0 */15 9-17 * * 1-5', '23 12 * JAN *', '5,10,15 3 * * *',
  '0 0/30 8-9 5,20 * ?', '0 30 10-13 ? * WED,FRI', '*/10 */2 * * *', '0 9 * * SUN', '0 0 0 ? * 7L',
  '@daily', '@weekly', '@hourly', '* * * * * *', '0 0 0 1 1 ? 2030', '0 12 * * 0,6', '30 5 1-7 * 1',
];
for (const expr of expressions) attempt(expr, () => cronstrue.toString(expr));
attempt('24 hour', () => cronstrue.toString('0 15 * * *', { use24HourTimeFormat: true }));
attempt('12 hour', () => cronstrue.toString('0 15 * * *', { use24HourTimeFormat: false }));
attempt('verbose', () => cronstrue.toString('*/5 * * * *', { verbose: true }));
attempt('dayOfWeekStartIndexZero false', () => cronstrue.toString('0 0 * * 1', { dayOfWeekStartIndexZero: false }));
attempt('monthStartIndexZero', () => cronstrue.toString('0 0 1 0 *', { monthStartIndexZero: true }));
attempt('throwExceptionOnParseError false', () => cronstrue.toString('bad', { throwExceptionOnParseError: false }));
for (const bad of ['', 'bad', '* * *', '61 * * * *', '* 25 * * *', '* * 32 * *', '* * * 13 *', '* * * * 8', '1 2 3 4 5 6 7 8', null]) {
  attempt('invalid ' + JSON.stringify(bad), () => cronstrue.toString(bad));
}
