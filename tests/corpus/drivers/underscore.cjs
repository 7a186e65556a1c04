'use strict';
// underscore: collection, array, object and function helpers, and _.template. cruft rejects the
// package (Function('return this') and template compilation), so this runs under node only.
const _ = require('underscore');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const people = [{ name: 'ann', age: 31, dept: 'eng' }, { name: 'bob', age: 45, dept: 'ops' }, { name: 'cy', age: 27, dept: 'eng' }];
out('VERSION', _.VERSION);
out('each map reduce', [(() => { const seen = []; _.each({ a: 1, b: 2 }, (v, k) => seen.push(k + v)); return seen; })(), _.map([1, 2, 3], (x) => x * 2), _.reduce([1, 2, 3], (a, b) => a + b, 10), _.reduceRight([[1], [2]], (a, b) => a.concat(b), [])]);
out('find filter where', [_.find([1, 2, 3, 4], (x) => x > 2), _.filter([1, 2, 3, 4], (x) => x % 2 === 0), _.where(people, { dept: 'eng' }).length, _.findWhere(people, { age: 45 }).name, _.reject([1, 2, 3], (x) => x > 1)]);
out('every some contains', [_.every([2, 4], (x) => x % 2 === 0), _.some([1, 3], (x) => x % 2 === 0), _.contains([1, 2], 2), _.contains({ a: 'x' }, 'x')]);
out('pluck max min', [_.pluck(people, 'name'), _.max(people, (p) => p.age).name, _.min([4, 2, 8]), _.max([])]);
out('sortBy groupBy indexBy countBy', [_.pluck(_.sortBy(people, 'age'), 'name'), _.mapObject(_.groupBy(people, 'dept'), (g) => _.pluck(g, 'name')), _.keys(_.indexBy(people, 'name')), _.countBy([1, 2, 3, 4, 5], (n) => (n % 2 ? 'odd' : 'even'))]);
out('partition size toArray', [_.partition([1, 2, 3, 4], (x) => x > 2), _.size({ a: 1, b: 2 }), _.toArray({ a: 1, b: 2 })]);
out('sample shuffle seeded?', [typeof _.sample, typeof _.shuffle]);
out('arrays', [_.first([1, 2, 3], 2), _.initial([1, 2, 3]), _.last([1, 2, 3], 2), _.rest([1, 2, 3]), _.compact([0, 1, false, 2, '', 3, null, NaN]), _.flatten([1, [2, [3, [4]]]]), _.flatten([1, [2, [3]]], true)]);
out('sets', [_.without([1, 2, 1, 3], 1), _.union([1, 2], [2, 3]), _.intersection([1, 2, 3], [2, 3, 4]), _.difference([1, 2, 3], [2]), _.uniq([1, 2, 1, 3, 2]), _.uniq([1, 1, 2, 2], true)]);
out('zip unzip object', [_.zip(['a', 'b'], [1, 2]), _.unzip([['a', 1], ['b', 2]]), _.object(['a', 'b'], [1, 2]), _.object([['x', 9]])]);
out('indexOf sortedIndex range chunk', [_.indexOf([1, 2, 3, 2], 2), _.lastIndexOf([1, 2, 3, 2], 2), _.sortedIndex([10, 20, 30], 25), _.findIndex([1, 5, 9], (x) => x > 4), _.range(0, 10, 3), _.chunk([1, 2, 3, 4, 5], 2)]);
out('objects', [_.keys({ a: 1, b: 2 }), _.values({ a: 1, b: 2 }), _.pairs({ a: 1 }), _.invert({ a: 'x', b: 'y' }), _.pick({ a: 1, b: 2, c: 3 }, 'a', 'c'), _.omit({ a: 1, b: 2 }, 'a'), _.defaults({ a: 1 }, { a: 2, b: 2 }), _.extend({}, { a: 1 }, { b: 2 })]);
out('isEqual', [_.isEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), _.isEqual(NaN, NaN), _.isEqual(0, -0), _.isEqual(new Date(5), new Date(5)), _.isEqual([1], [2])]);
out('type checks', [_.isArray([]), _.isObject(() => 1), _.isFunction(_), _.isString(''), _.isNumber(NaN), _.isNaN(NaN), _.isNull(null), _.isUndefined(void 0), _.isEmpty({}), _.isEmpty('x'), _.isDate(new Date(0)), _.isRegExp(/x/), _.isFinite('12'), _.isMap(new Map())]);
out('property path', [_.property(['a', 'b'])({ a: { b: 'deep' } }), _.get({ a: [{ b: 1 }] }, ['a', 0, 'b']), _.has({ a: { b: 1 } }, ['a', 'b']), _.matcher({ x: 1 })({ x: 1, y: 2 })]);
out('functions', (() => {
  let calls = 0;
  const once = _.once(() => ++calls);
  once(); once();
  const memo = _.memoize((n) => { calls++; return n * 2; });
  memo(5); memo(5);
  const partial = _.partial((a, b, c) => [a, b, c], 1, _, 3)(2);
  const composed = _.compose((x) => x + 1, (x) => x * 2)(5);
  const after = _.after(2, () => 'fired');
  const before = _.before(3, () => ++calls);
  before(); before(); before();
  const negated = _.negate(Boolean)(0);
  return [calls, partial, composed, after(), after(), negated];
})());
out('bind', _.bind(function (greeting) { return greeting + ' ' + this.name; }, { name: 'ann' }, 'hi')());
out('chain', _.chain([3, 1, 2]).sortBy(_.identity).map((x) => x * 10).first(2).value());
out('wrapped', _([1, 2, 3]).map((x) => x + 1));
out('escape unescape', [_.escape('<a href="x">&\'`</a>'), _.unescape('&lt;b&gt;&amp;&quot;&#x27;&#x60;')]);
out('result times identity constant', [_.result({ a: () => 'called', b: 'value' }, 'a'), _.result({}, 'missing', 'dflt'), _.times(3, (n) => n * n), _.identity(7), _.constant('c')()]);
out('uniqueId', [_.uniqueId('id_'), _.uniqueId('id_'), _.uniqueId()]);
attempt('template', () => _.template('Hello <%= name %>! <% _.each(items, function(i) { %>[<%- i %>]<% }); %>')({ name: 'World', items: ['<a>', 'b'] }));
attempt('template custom settings', () => _.template('{{ x }}', { interpolate: /\{\{(.+?)\}\}/g })({ x: 42 }));
attempt('template variable option', () => _.template('<%= data.v %>', { variable: 'data' })({ v: 'via variable' }));
attempt('template error', () => _.template('<% if ( %>')({}));
attempt('template missing variable', () => _.template('<%= missing %>')({}));
out('noConflict', typeof _.noConflict);
