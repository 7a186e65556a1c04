"use strict";
const path = require('path');

const joins = [
  [],
  [''],
  ['', ''],
  ['/foo', 'bar', 'baz/asdf', 'quux', '..'],
  ['foo', '', 'bar'],
  ['./a', './b'],
  ['a/', '/b/'],
  ['/', '..', '..'],
  ['..', 'a', '../..'],
  ['a', 'b/', ''],
  ['//a', 'b'],
  ['.', '.'],
  ['/a/b', '../../../c'],
];
for (const args of joins) console.log(`join(${JSON.stringify(args).slice(1, -1)}) = ${JSON.stringify(path.join(...args))}`);

const normals = ['', '.', './', '..', '../', '/', '//', '///a//b/', '/..', '/../a', 'a/..', 'a/../..', './a/./b/.',
  'a//b/../c/', '/foo/bar//baz/asdf/quux/..', '...', 'a/.../b', '../../x/../y', 'foo/./'];
for (const p of normals) console.log(`normalize(${JSON.stringify(p)}) = ${JSON.stringify(path.normalize(p))}`);

for (const p of ['/', '/a', 'a', '', './a', '../a', '//x']) console.log(`isAbsolute(${JSON.stringify(p)}) = ${path.isAbsolute(p)}`);

console.log(path.sep, path.delimiter, path.posix === path, path.posix.posix === path, require('path/posix') === path);
console.log(path.toNamespacedPath('/a/b'), path.toNamespacedPath('rel'), path.win32.sep, path.win32.delimiter);

function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('join(1)', () => path.join('a', 1));
attempt('join(null)', () => path.join(null));
attempt('normalize({})', () => path.normalize({}));
attempt('isAbsolute(undefined)', () => path.isAbsolute());
attempt('resolve("/a", 5)', () => path.resolve('/a', 5));
attempt('resolve(true, "/b")', () => path.resolve(true, '/b'));
