'use strict';
// esprima: parse scripts and modules (ES2017), tokenize, collect comments and locations, report errors.
const esprima = require('esprima');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message + ' [' + [e.index, e.lineNumber, e.column, e.description].join(',') + ']'); }
};
const types = (node) => {
  const found = [];
  const walk = (n) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    if (typeof n.type === 'string') found.push(n.type);
    for (const key of Object.keys(n)) if (key !== 'loc' && key !== 'range') walk(n[key]);
  };
  walk(node);
  return found.join(' ');
};
out('version', esprima.version);
const scripts = [
  'var answer = 6 * 7;', 'function f(a, b = 1, ...c) { return a + b; }', 'const {x, y: [z]} = obj;',
  'async function g() { for await (const v of s) await v; }', 'class C extends D { constructor() { super(); } static m() {} }',
  'label: for (;;) { break label; }', 'switch (x) { case 1: y(); break; default: z(); }', 'new Foo(...args).bar`tpl ${1}`;',
  'x = a ? b : c, d; delete o.p; void 0; typeof t;', 'a = /re[/]g; b = 0x1F + 0o17 + 0b11 + 1e3;', 'var s = "\\u{1F600}" + \'\\x41\';',
  'function* gen() { const x = yield 1; yield* gen(); }', 'try {} catch (e) {} finally {}', 'x => x * 2; () => ({});',
];
for (const src of scripts) attempt(src, () => types(esprima.parseScript(src)));
attempt('module', () => types(esprima.parseModule('import a, {b as c} from "m"; export const d = 1; export default function () {} export * from "n";')));
attempt('full tree', () => esprima.parseScript('if (a) b(); else c = 1;'));
attempt('tokenize', () => esprima.tokenize('const x = `t${y}` + /re/g; // c', { comment: true }));
attempt('tokens with range', () => esprima.tokenize('a + 1', { range: true, loc: true }));
attempt('comments', () => esprima.parseScript('/* a */ x; // b\n/** c */', { comment: true }).comments);
attempt('locations', () => esprima.parseScript('var a = 1;\nfoo(a);', { loc: true, range: true }).body.map((n) => [n.range, n.loc]));
attempt('jsx', () => types(esprima.parseScript('<div className="a">{x}<br/></div>', { jsx: true })));
attempt('delegate', () => { const seen = []; esprima.parseScript('a + b * c', {}, (node) => seen.push(node.type)); return seen; });
attempt('tolerant', () => esprima.parseScript('"use strict"; with (x) {}', { tolerant: true }).errors.map((e) => e.description));
attempt('directives', () => esprima.parseScript('"use strict"; "other";').body.map((n) => n.directive));
const bad = ['var = 1;', 'function (', 'a +', 'let x = 1; let x = 2;', '"use strict"; with (a) {}', 'return', 'for (let of x) {}', 'x = {a b}', '1 = 2', 'class { }', '"unterminated', 'obj = {get x(a) {}}', 'yield = 1; function* g() { yield = 1; }', 'import x from "y"'];
for (const src of bad) attempt('error ' + src, () => types(esprima.parseScript(src)));
attempt('module error', () => types(esprima.parseModule('export default default')));
attempt('parse alias', () => types(esprima.parse('x', { sourceType: 'module' })));
attempt('Syntax keys', () => Object.keys(esprima.Syntax).length);
