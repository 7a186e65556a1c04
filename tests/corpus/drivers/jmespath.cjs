'use strict';
// jmespath: JSON queries with projections, filters, functions, pipes; compile errors and type errors.
const jmespath = require('jmespath');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const data = {
  people: [
    { name: 'ann', age: 31, tags: ['a', 'b'], address: { city: 'Oslo' } },
    { name: 'bob', age: 45, tags: [], address: { city: 'Rome' } },
    { name: 'cy', age: 27, tags: ['b'], address: null },
    { name: 'dee', age: 38 },
  ],
  matrix: [[1, 2], [3, [4, 5]], 6],
  meta: { count: 4, 'weird key': true, nested: { a: { b: { c: 'deep' } } } },
  numbers: [5, -2, 9.5, 0],
  strings: ['pear', 'Apple', 'fig'],
};
const queries = [
  'people[0].name', 'people[-1].age', 'people[*].name', 'people[?age > `30`].name', 'people[?tags[?@ == `b`]].name',
  'people[?address.city == \'Rome\'] | [0].name', 'people[1:3].name', 'people[::-1].name', 'people[::2].age', 'matrix[]', 'matrix[][]',
  'meta.nested.a.b.c', 'meta."weird key"', 'meta.missing.deep', 'people[*].address.city', 'people[].[name, age]',
  'people[].{n: name, city: address.city}', 'length(people)', 'max(numbers)', 'min_by(people, &age).name', 'sort_by(people, &age)[*].name',
  'sort(strings)', 'reverse(strings)', 'join(\', \', strings)', 'contains(strings, \'fig\')', 'starts_with(people[0].name, \'a\')',
  'sum(numbers)', 'avg(numbers)', 'abs(`-3`)', 'ceil(`2.1`)', 'floor(`2.9`)', 'keys(meta)', 'values(meta.nested.a.b)', 'to_string(`[1,2]`)',
  'to_number(\'42\')', 'to_number(\'x\')', 'to_array(`1`)', 'type(people)', 'merge(`{"a":1}`, `{"b":2}`)', 'not_null(missing, `null`, \'third\')',
  'map(&name, people)', 'length(\'héllo\')', 'people[?!tags] | length(@)', '`true` && `false` || \'or\'', '!`false`',
  'people[?age >= `30` && age < `40`].name', 'numbers[?@ > `0`]', '*.count', 'meta.*', 'people | [0:2] | [*].name', '@',
  'ends_with(\'abc\', \'bc\')', 'max_by(people, &age).name', 'sort_by(people, &name)[-1].name', '`"literal"`', "'raw string'",
];
for (const q of queries) attempt(q, () => jmespath.search(data, q));
for (const bad of ['people[', 'foo.', '`{bad json`', 'length(`1`, `2`)', 'unknown_fn(@)', 'abs(\'x\')', 'sort(`[1, "a"]`)', 'people[?', '&name', '"unterminated']) {
  attempt('error ' + bad, () => jmespath.search(data, bad));
}
attempt('compile', () => typeof jmespath.compile('a.b'));
attempt('tokenize', () => jmespath.tokenize('a[?b == `1`]').map((t) => t.type));
