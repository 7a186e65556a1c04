'use strict';
// leven: Levenshtein distance over ASCII, Unicode, empty and long strings.
const leven = require('leven');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const fn = typeof leven === 'function' ? leven : leven.default;
const pairs = [
  ['', ''], ['a', ''], ['', 'abc'], ['a', 'a'], ['a', 'b'], ['ab', 'ac'], ['ac', 'bc'], ['abc', 'axc'], ['kitten', 'sitting'],
  ['xabxcdxxefxgx', '1ab2cd34ef5g6'], ['cat', 'cow'], ['xabxcdxxefxgx', 'abcdefg'], ['javawasneat', 'scalaisgreat'], ['example', 'samples'],
  ['sturgeon', 'urgently'], ['levenshtein', 'frankenstein'], ['distance', 'difference'], ['因為我是中國人所以我會說中文', '因為我是英國人所以我會說英文'],
  ['flaw', 'lawn'], ['Saturday', 'Sunday'], ['rosettacode', 'raisethysword'], ['ab', 'ba'], ['abc', 'cba'], ['\u{1F600}', '\u{1F601}'],
  ['caf\u00e9', 'cafe\u0301'], ['a'.repeat(100), 'b'.repeat(100)], ['abc'.repeat(50), 'abd'.repeat(50)], ['prefix-common-suffix', 'prefix-middle-suffix'],
  ['UPPER', 'upper'], [' leading', 'leading '],
];
for (const [a, b] of pairs) out(JSON.stringify(a.length > 30 ? a.slice(0, 10) + '...' : a) + ' vs ' + JSON.stringify(b.length > 30 ? b.slice(0, 10) + '...' : b), [fn(a, b), fn(b, a)]);
