"use strict";
const path = require('path');

// Only absolute inputs: relative ones would depend on the working directory.
const resolves = [
  ['/foo/bar', './baz'],
  ['/foo/bar', '/tmp/file/'],
  ['/a', 'b', '../c', './d/'],
  ['/', '..', '..'],
  ['/x', '', '', 'y'],
  ['rel', '/abs', 'tail'],
  ['/a//b', '.'],
  ['/'],
];
for (const args of resolves) console.log(`resolve(${JSON.stringify(args).slice(1, -1)}) = ${path.resolve(...args)}`);

const relatives = [
  ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'],
  ['/a/b', '/a/b'],
  ['/a/b', '/a/b/c/d'],
  ['/a/b/c/d', '/a/b'],
  ['/', '/foo'],
  ['/foo', '/'],
  ['/a/b', '/a/bc'],
  ['/a/bc', '/a/b'],
  ['/a/', '/a'],
  ['/x/y/', '/x/z/'],
  ['/page1/page2/foo', '/'],
  ['/foo/bar/baz-quux', '/foo/bar/baz'],
];
for (const [from, to] of relatives) console.log(`relative(${from}, ${to}) = ${JSON.stringify(path.relative(from, to))}`);
console.log(JSON.stringify(path.relative('same', 'same')));

for (const [label, fn] of [
  ['relative(1, "/a")', () => path.relative(1, '/a')],
  ['relative("/a", null)', () => path.relative('/a', null)],
]) {
  try {
    fn();
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
