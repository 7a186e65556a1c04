'use strict';
// async (0.8): callback-style control flow; each step prints when its final callback runs.
const async = require('async');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const later = (fn) => Promise.resolve().then(fn);
const steps = [];
const next = () => { const step = steps.shift(); if (step) step(); };
const done = (label) => (err, result) => { out(label, { err: err ? String(err) : null, result }); next(); };
steps.push(() => async.map([1, 2, 3], (x, cb) => later(() => cb(null, x * 2)), done('map')));
steps.push(() => async.map([1, 2, 3], (x, cb) => cb(x === 2 ? new Error('two') : null, x), done('map error')));
steps.push(() => async.mapSeries(['a', 'b'], (x, cb) => cb(null, x.toUpperCase()), done('mapSeries')));
steps.push(() => async.series([(cb) => cb(null, 'one'), (cb) => later(() => cb(null, 'two'))], done('series array')));
steps.push(() => async.series({ a: (cb) => cb(null, 1), b: (cb) => cb(null, 2) }, done('series object')));
steps.push(() => async.parallel([(cb) => later(() => cb(null, 'slow')), (cb) => cb(null, 'fast')], done('parallel')));
steps.push(() => async.parallel([(cb) => cb(new Error('boom')), (cb) => cb(null, 'never')], done('parallel error')));
steps.push(() => async.waterfall([(cb) => cb(null, 1, 2), (a, b, cb) => cb(null, a + b), (s, cb) => cb(null, s * 10)], done('waterfall')));
steps.push(() => async.waterfall([(cb) => cb(null, 1), (a, cb) => cb('stop'), (cb) => cb(null, 'unreached')], done('waterfall error')));
steps.push(() => {
  const seen = [];
  async.eachSeries([3, 1, 2], (x, cb) => { seen.push(x); later(cb); }, (err) => done('eachSeries')(err, seen));
});
steps.push(() => {
  const seen = [];
  async.each([1, 2, 3], (x, cb) => { seen.push(x); cb(x === 3 ? 'bad three' : null); }, (err) => done('each error')(err, seen));
});
steps.push(() => async.filter([1, 2, 3, 4, 5], (x, cb) => cb(x % 2 === 1), (result) => done('filter')(null, result)));
steps.push(() => async.reject([1, 2, 3, 4, 5], (x, cb) => cb(x % 2 === 1), (result) => done('reject')(null, result)));
steps.push(() => async.reduce([1, 2, 3, 4], 0, (memo, x, cb) => cb(null, memo + x), done('reduce')));
steps.push(() => async.detect([1, 5, 7, 8], (x, cb) => cb(x > 4), (result) => done('detect')(null, result)));
steps.push(() => async.sortBy(['ccc', 'a', 'bb'], (x, cb) => cb(null, x.length), done('sortBy')));
steps.push(() => async.some([1, 2, 3], (x, cb) => cb(x > 2), (result) => done('some')(null, result)));
steps.push(() => async.every([1, 2, 3], (x, cb) => cb(x > 2), (result) => done('every')(null, result)));
steps.push(() => async.concat([1, 2], (x, cb) => cb(null, [x, x * 10]), done('concat')));
steps.push(() => async.times(4, (n, cb) => cb(null, n * n), done('times')));
steps.push(() => {
  let count = 0;
  async.whilst(() => count < 5, (cb) => { count++; later(cb); }, (err) => done('whilst')(err, count));
});
steps.push(() => {
  let count = 0;
  async.doWhilst((cb) => { count++; cb(); }, () => count < 3, (err) => done('doWhilst')(err, count));
});
steps.push(() => {
  const order = [];
  const q = async.queue((task, cb) => { order.push(task.name); later(cb); }, 2);
  q.drain = () => done('queue')(null, order);
  q.push([{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }]);
  out('queue length after push', q.length());
});
steps.push(() => async.auto({
  one: (cb) => cb(null, 1),
  two: ['one', (cb, results) => cb(null, results.one + 1)],
  three: ['one', 'two', (cb, results) => cb(null, results.one + results.two)],
}, done('auto')));
steps.push(() => {
  const add = (a, b, cb) => cb(null, a + b);
  async.apply(add, 2)(3, done('apply'));
});
steps.push(() => {
  const memo = async.memoize((x, cb) => { out('memoize computes', x); cb(null, x * 3); });
  memo(4, () => memo(4, done('memoize')));
});
steps.push(() => async.compose((x, cb) => cb(null, x + 1), (x, cb) => cb(null, x * 2))(5, done('compose')));
steps.push(() => async.mapLimit([5, 4, 3, 2, 1], 2, (x, cb) => later(() => cb(null, x - 1)), done('mapLimit')));
steps.push(() => async.forEachOf ? out('forEachOf', 'present') || next() : (out('forEachOf', 'absent in 0.8'), next()));
steps.push(() => async.nextTick(() => done('nextTick')(null, 'ran')));
steps.push(() => out('finished', true));
next();
