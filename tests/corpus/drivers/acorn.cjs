'use strict';
// acorn: parse programs of several ECMAScript versions and source types; tokenize; report syntax errors.
const acorn = require('acorn');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message + (e.pos !== undefined ? ' @' + e.pos : '')); }
};
const shape = (node) => {
  if (Array.isArray(node)) return node.map(shape);
  if (!node || typeof node !== 'object') return node;
  const result = { type: node.type };
  for (const key of Object.keys(node)) {
    if (key === 'type' || key === 'start' || key === 'end' || key === 'loc' || key === 'range') continue;
    const value = node[key];
    if (value && typeof value === 'object') result[key] = shape(value);
    else if (typeof value !== 'bigint') result[key] = value;
    else result[key] = String(value) + 'n';
  }
  return result;
};
out('version', acorn.version);
const sources = [
  'var x = 1 + 2 * 3;',
  'let [a, , b = 4, ...rest] = list;',
  'const f = async (x) => { await x; return x ?? 0; };',
  'class A extends B { #p = 1; static s() { return this.#p; } get g() { return 1; } }',
  'for (const k of obj) { if (k) continue; else break; }',
  'label: while (true) { do { x++ } while (x < 10); break label; }',
  'x = `a${b}c${`d${e}`}`;',
  'a?.b?.[c]?.(d); 10n ** 2n; 1_000_000;',
  'function* g() { yield* other(); }',
  'try { throw new Error("e") } catch { } finally { done(); }',
  'obj = { a, b: 2, [c]: 3, d() {}, get e() { return 1 }, ...spread };',
  'x ||= 1; y &&= 2; z ??= 3;',
  '/ab+c/gi.test(s)',
];
for (const src of sources) attempt(src, () => shape(acorn.parse(src, { ecmaVersion: 2022 }).body));
out('module', shape(acorn.parse('import x, { y as z } from "m"; export default 1; export * as ns from "n";', { ecmaVersion: 2022, sourceType: 'module' }).body));
const located = acorn.parse('let a = 1;\nlet b = a + 2;', { ecmaVersion: 2020, locations: true, ranges: true });
out('locations', located.body.map((n) => [n.start, n.end, n.loc.start.line, n.loc.start.column, n.loc.end.line, n.loc.end.column, n.range]));
const comments = [];
acorn.parse('/* block */ x; // line\ny;', { ecmaVersion: 2020, onComment: comments });
out('comments', comments.map((c) => [c.type, c.value, c.start, c.end]));
out('expressionAt', shape(acorn.parseExpressionAt('foo(1) + bar; rest', 0, { ecmaVersion: 2020 })));
out('tokens', [...acorn.tokenizer('let x = "s" + 42 / y;', { ecmaVersion: 2020 })].map((t) => [t.type.label, t.value === undefined ? null : t.value, t.start, t.end]));
const errors = [
  ['let let = 1;', {}],
  ['var x = ;', {}],
  ['a => { "use strict"; with (a) {} }', {}],
  ['let x = 1; let x = 2;', {}],
  ['async () => await', {}],
  ['class { }', {}],
  ['x = 08n', {}],
  ['import x from "y"', { sourceType: 'script' }],
  ['return 1', {}],
  ['return 1', { allowReturnOutsideFunction: true }],
  ['a ?? b || c', {}],
  ['({a: 1, a: 2})', {}],
  ['"\\u{110000}"', {}],
  ['const x;', {}],
  ['x => { new.target }', {}],
  ['yield = 1', { ecmaVersion: 5 }],
  ['let [a] = 1', { ecmaVersion: 5 }],
];
for (const [src, options] of errors) attempt('error ' + src, () => shape(acorn.parse(src, Object.assign({ ecmaVersion: 2022 }, options)).body));
out('isIdentifierStart', [65, 36, 48, 0x3c0, 0x200c].map((c) => acorn.isIdentifierStart(c, true)));
out('isIdentifierChar', [65, 36, 48, 0x3c0, 0x200c].map((c) => acorn.isIdentifierChar(c, true)));
