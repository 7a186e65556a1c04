'use strict';
// seedrandom: seeded PRNGs (ARC4 and the alternative algorithms), saved state, int32 and double.
// cruft rejects the package (an indirect eval reaches the global object), so this runs under node only.
const seedrandom = require('seedrandom');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const take = (rng, n, method) => Array.from({ length: n }, () => (method ? rng[method]() : rng()));
out('hello.', take(seedrandom('hello.'), 5));
out('same seed same sequence', JSON.stringify(take(seedrandom('x'), 10)) === JSON.stringify(take(seedrandom('x'), 10)));
out('different seeds differ', take(seedrandom('a'), 1)[0] !== take(seedrandom('b'), 1)[0]);
out('int32', take(seedrandom('int'), 5, 'int32'));
out('quick', take(seedrandom('quick'), 5, 'quick'));
out('double', take(seedrandom('double'), 5, 'double'));
out('numeric seed', take(seedrandom(12345), 3));
out('object seed', take(seedrandom({ a: [1, 2] }), 3));
out('empty seed', take(seedrandom(''), 3));
for (const name of ['alea', 'xor128', 'xorwow', 'xorshift7', 'xor4096', 'tychei']) {
  attempt(name, () => take(seedrandom[name]('seed'), 4));
  attempt(name + ' int32', () => take(seedrandom[name]('seed'), 3, 'int32'));
}
const saving = seedrandom('saved', { state: true });
take(saving, 3);
const state = saving.state();
const resumed = seedrandom('', { state });
out('resumed state', JSON.stringify(take(saving, 4)) === JSON.stringify(take(resumed, 4)));
const aleaSaving = seedrandom.alea('a', { state: true });
aleaSaving();
const aleaCopy = seedrandom.alea('', { state: aleaSaving.state() });
out('alea state', aleaSaving() === aleaCopy());
out('entropy mixing', take(seedrandom('added entropy', { entropy: false }), 2));
attempt('pass callback', () => seedrandom('cb', { pass: (prng, seed) => [typeof prng, seed] }));
attempt('global false', () => { const before = Math.random; seedrandom('g', { global: false }); return Math.random === before; });
