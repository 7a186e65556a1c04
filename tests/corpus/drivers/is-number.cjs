'use strict';
// is-number: which values count as numbers (finite numbers and numeric strings).
const isNumber = require('is-number');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const inputs = [
  ['5', 5], ['-5', -5], ['0', 0], ['-0', -0], ['1.5', 1.5], ['0.0', '0.0'], ['"5"', '5'], ['" 5 "', ' 5 '], ['"5e3"', '5e3'],
  ['"0x1F"', '0x1F'], ['"0b101"', '0b101'], ['"0o17"', '0o17'], ['"-1.5"', '-1.5'], ['".5"', '.5'], ['"5."', '5.'],
  ['"Infinity"', 'Infinity'], ['Infinity', Infinity], ['-Infinity', -Infinity], ['NaN', NaN], ['"NaN"', 'NaN'],
  ['""', ''], ['"   "', '   '], ['"abc"', 'abc'], ['"5abc"', '5abc'], ['"1,000"', '1,000'], ['"1_000"', '1_000'],
  ['null', null], ['undefined', undefined], ['true', true], ['false', false], ['[]', []], ['[5]', [5]], ['{}', {}],
  ['new Number(5)', new Number(5)], ['new String("5")', new String('5')], ['function', () => 5], ['Symbol', Symbol('5')],
  ['5n', 5n], ['Number.MAX_VALUE', Number.MAX_VALUE], ['Number.EPSILON', Number.EPSILON], ['"\\t5\\n"', '\t5\n'],
  ['"\\u00a05"', '\u00a05'], ['Date', new Date(0)], ['"+5"', '+5'], ['"--5"', '--5'],
];
for (const [label, value] of inputs) {
  let result;
  try { result = isNumber(value); } catch (e) { result = 'threw ' + e.name + ': ' + e.message; }
  out(label, result);
}
