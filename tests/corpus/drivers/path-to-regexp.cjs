'use strict';
// path-to-regexp (6.x): route patterns to regular expressions, matching, compiling and parsing.
const { pathToRegexp, match, compile, parse, tokensToRegexp } = require('path-to-regexp');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const patterns = ['/user/:id', '/user/:id?', '/files/:path*', '/files/:path+', '/:a/:b-:c', '/icon-:size(\\d+).png', '/(.*)', '/:lang(en|fr)/page', '/{prefix-:x}?/end', '/literal/path', '/:foo/:bar?/baz'];
for (const pattern of patterns) {
  attempt('regexp ' + pattern, () => { const keys = []; const re = pathToRegexp(pattern, keys); return [re.source, re.flags, keys.map((k) => [k.name, k.prefix, k.suffix, k.pattern, k.modifier])]; });
}
attempt('regexp options', () => [pathToRegexp('/Case', [], { sensitive: true }).flags, pathToRegexp('/x', [], { strict: true }).source, pathToRegexp('/x', [], { end: false }).source, pathToRegexp('/x', [], { start: false }).source]);
attempt('array of paths', () => pathToRegexp(['/a', '/b/:id']).source);
attempt('regexp input', () => { const keys = []; pathToRegexp(/\/(\d+)\/(?<named>\w+)/, keys); return keys.map((k) => k.name); });
const matchers = [['/user/:id', ['/user/42', '/user/', '/user/42/', '/user/a%20b', '/USER/7']], ['/files/:path*', ['/files', '/files/a/b/c', '/files/']], ['/:a/:b-:c', ['/x/y-z', '/x/y-z-w']], ['/icon-:size(\\d+).png', ['/icon-64.png', '/icon-big.png']]];
for (const [pattern, paths] of matchers) {
  const fn = match(pattern, { decode: decodeURIComponent });
  for (const path of paths) attempt('match ' + pattern + ' ' + path, () => fn(path));
}
attempt('match not end', () => match('/base', { end: false })('/base/more/stuff'));
const toPath = compile('/user/:id/:tab?', { encode: encodeURIComponent });
attempt('compile', () => [toPath({ id: 42 }), toPath({ id: 'a b', tab: 'posts' })]);
attempt('compile empty', () => toPath({ id: '' }));
attempt('compile missing', () => toPath({}));
attempt('compile repeat', () => compile('/files/:path+')({ path: ['a', 'b'] }));
attempt('compile repeat empty', () => compile('/files/:path+')({ path: [] }));
attempt('compile validate', () => compile('/n/:num(\\d+)')({ num: 'abc' }));
attempt('compile validate off', () => compile('/n/:num(\\d+)', { validate: false })({ num: 'abc' }));
attempt('parse', () => parse('/user/:id(\\d+)?/:rest*'));
attempt('tokensToRegexp', () => tokensToRegexp(parse('/a/:b')).source);
for (const bad of ['/:', '/(', '/:a(', '/(?:x)', '/:a((b))', '/{:a', '/:a(\\d+', '/:a**']) attempt('error ' + bad, () => pathToRegexp(bad).source);
