"use strict";
const path = require('path');

const samples = ['', '/', '//', 'a', '/a', 'a/', '/a/b', '/a/b/', '/a//b', 'a/b/c.txt', '/home/user/file.tar.gz',
  '.bashrc', '/x/.bashrc', '.', '..', '/..', '/../', '//..', '/a/..', '...', 'file.', 'a.b.c', '/foo/bar/baz/', '//a', '///a//b//'];
for (const p of samples) {
  console.log(JSON.stringify(p), '->', JSON.stringify([path.dirname(p), path.basename(p), path.extname(p)]));
}
for (const p of samples) console.log('parse', JSON.stringify(p), JSON.stringify(path.parse(p)));

const suffixes = [['/a/b.js', '.js'], ['b.js', 'b.js'], ['.js', '.js'], ['/x/', 'x'], ['file.js.', '.'],
  ['a/b.js/', '.js'], ['/a/b.js', 'js'], ['b.js', ''], ['aaa/bbb', 'bbb'], ['/a/b/', 'xb'], ['dir/file.txt', '.md'],
  ['x.html', 'html'], ['/', '/']];
for (const [p, s] of suffixes) console.log(`basename(${JSON.stringify(p)}, ${JSON.stringify(s)}) = ${JSON.stringify(path.basename(p, s))}`);

const objects = [
  { root: '/', dir: '/home/user/dir', base: 'file.txt' },
  { root: '/', base: 'file.txt', ext: 'ignored' },
  { root: '/', name: 'file', ext: '.txt' },
  { name: 'file', ext: 'txt' },
  { dir: 'rel', name: 'x' },
  { root: '/' },
  {},
  { dir: '/', base: 'a' },
];
for (const o of objects) console.log('format', JSON.stringify(o), JSON.stringify(path.format(o)));
for (const p of ['/home/user/dir/file.txt', 'rel/a.b', '/x', '.hidden']) {
  console.log('round trip', p, path.format(path.parse(p)) === p);
}

function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('dirname(1)', () => path.dirname(1));
attempt('basename(null)', () => path.basename(null));
attempt('basename("a", 1)', () => path.basename('a', 1));
attempt('extname([])', () => path.extname([]));
attempt('parse(5n)', () => path.parse(5n));
attempt('format(null)', () => path.format(null));
attempt('format("str")', () => path.format('str'));
