'use strict';
// lru-cache (7.x): bounded caches by count and by size, eviction order, peek, dispose callbacks,
// fetch with a fetchMethod, dump and load. No TTLs: they would read the clock.
const LRUCache = require('lru-cache');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const disposed = [];
const cache = new LRUCache({ max: 3, dispose: (value, key, reason) => disposed.push([key, value, reason]) });
cache.set('a', 1).set('b', 2).set('c', 3);
out('keys', [...cache.keys()]);
out('get a', cache.get('a'));
out('keys after get', [...cache.keys()]);
cache.set('d', 4);
out('evicted', [cache.has('b'), [...cache.keys()], disposed.splice(0)]);
out('peek', [cache.peek('c'), [...cache.keys()]]);
cache.set('c', 30);
out('replace', [cache.get('c'), disposed.splice(0)]);
out('delete', [cache.delete('a'), cache.delete('nope'), cache.size, disposed.splice(0)]);
out('entries', [...cache.entries()]);
out('rentries', [...cache.rentries()]);
out('values', [...cache.values()]);
const seen = [];
cache.forEach((v, k) => seen.push(k + '=' + v));
out('forEach', seen);
out('find', cache.find((v) => v > 10));
out('dump', cache.dump());
const restored = new LRUCache({ max: 5 });
restored.load(cache.dump());
out('load', [...restored.entries()]);
cache.clear();
out('clear', [cache.size, disposed.splice(0)]);
const sized = new LRUCache({ maxSize: 10, sizeCalculation: (value) => value.length });
sized.set('x', 'aaaa').set('y', 'bbbb').set('z', 'cc');
out('sized', [sized.calculatedSize, [...sized.keys()]]);
sized.set('w', 'dddd');
out('sized eviction', [sized.calculatedSize, [...sized.keys()]]);
attempt('too big item', () => { sized.set('huge', 'x'.repeat(11)); return [sized.has('huge'), [...sized.keys()]]; });
out('noUpdateTTL-free getRemainingTTL', cache.getRemainingTTL('missing'));
const noDisposeOnSet = new LRUCache({ max: 2, dispose: (v, k, r) => disposed.push([k, r]), noDisposeOnSet: true });
noDisposeOnSet.set('k', 1).set('k', 2);
out('noDisposeOnSet', disposed.splice(0));
const updateAge = new LRUCache({ max: 2 });
updateAge.set('p', 1).set('q', 2);
updateAge.get('p', { updateAgeOnGet: false });
updateAge.set('r', 3);
out('has without recency', [updateAge.has('p'), updateAge.has('q'), [...updateAge.keys()]]);
out('pop', [updateAge.pop(), [...updateAge.keys()]]);
attempt('invalid max', () => new LRUCache({ max: -1 }));
attempt('no bound', () => new LRUCache({}));
attempt('sizeCalculation returns invalid', () => { const c = new LRUCache({ maxSize: 5, sizeCalculation: () => -1 }); c.set('a', 1); return c.size; });
attempt('set undefined deletes', () => { const c = new LRUCache({ max: 2 }); c.set('a', 1); c.set('a', undefined); return [c.has('a'), c.size]; });
const fetched = new LRUCache({ max: 5, fetchMethod: async (key, stale, { signal }) => (key === 'bad' ? Promise.reject(new Error('fetch failed ' + key)) : key.toUpperCase() + (stale ? ' stale ' + stale : '')) });
(async () => {
  out('fetch', await fetched.fetch('abc'));
  out('fetch cached', [fetched.get('abc'), await fetched.fetch('abc')]);
  try { await fetched.fetch('bad'); } catch (e) { out('fetch error', e.message); }
  out('after failed fetch', fetched.has('bad'));
  const plain = new LRUCache({ max: 2 });
  plain.set('k', 'v');
  out('fetch without fetchMethod', await plain.fetch('k'));
})();
