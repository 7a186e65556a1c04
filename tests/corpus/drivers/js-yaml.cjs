'use strict';
// js-yaml: load and dump YAML documents with the core, JSON and failsafe schemas; custom types;
// syntax errors with their marks.
const yaml = require('js-yaml');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message.split('\n')[0] + (e.mark ? ' @' + e.mark.line + ':' + e.mark.column : '')); }
};
const doc = `
name: cruft
version: 1.2
enabled: yes
disabled: false
nothing: ~
count: 0x1F
octal: 0o17
float: 6.8523015e+5
inf: .inf
nan: .NaN
date: 2001-12-14t21:59:43.10-05:00
list:
  - one
  - "two"
  - 'three'
  - [4, 5]
map: {a: 1, b: [x, y]}
multi: |
  line one
  line two
folded: >
  folded
  text
anchor: &anchor
  shared: value
alias: *anchor
merged:
  <<: *anchor
  own: 1
"quoted key": 'it''s'
? complex key
: complex value
`;
attempt('load', () => { const v = yaml.load(doc); v.nan = String(v.nan); v.inf = String(v.inf); v.date = v.date.toISOString(); return v; });
attempt('load JSON_SCHEMA', () => yaml.load('a: yes\nb: 0x10\nc: true\nd: null', { schema: yaml.JSON_SCHEMA }));
attempt('load FAILSAFE_SCHEMA', () => yaml.load('a: 1\nb: true\nc: [1, null]', { schema: yaml.FAILSAFE_SCHEMA }));
attempt('load CORE_SCHEMA', () => yaml.load('a: yes\nb: True\nc: 2001-01-01', { schema: yaml.CORE_SCHEMA }));
attempt('loadAll', () => yaml.loadAll('--- 1\n--- [a]\n--- {k: v}\n...\n'));
attempt('loadAll iterator', () => { const seen = []; yaml.loadAll('a: 1\n---\nb: 2', (d) => seen.push(d)); return seen; });
attempt('scalars', () => ['42', '-3.5', '"str"', 'null', '', '~', 'true', 'True', 'TRUE', '.5', '1_000', '+12', '0b1010', '2002-12-14'].map((s) => { const v = yaml.load(s); return v instanceof Date ? v.toISOString() : v; }));
const value = { name: 'x', list: [1, 'two', null, true, 1.5, { nested: ['a', { deep: 'b' }] }], empty: {}, emptyList: [], multiline: 'line1\nline2\n', special: 'yes', colon: 'a: b', num: '123', date: new Date(Date.UTC(2020, 0, 2)), neg: -0 };
attempt('dump', () => yaml.dump(value).split('\n'));
attempt('dump flowLevel 1', () => yaml.dump(value, { flowLevel: 1 }).split('\n'));
attempt('dump sortKeys indent 4', () => yaml.dump({ b: 1, a: { d: 2, c: [3] } }, { sortKeys: true, indent: 4 }).split('\n'));
attempt('dump noRefs', () => { const shared = { s: 1 }; return [yaml.dump({ a: shared, b: shared }), yaml.dump({ a: shared, b: shared }, { noRefs: true })]; });
attempt('dump lineWidth', () => yaml.dump({ long: 'word '.repeat(30).trim() }, { lineWidth: 40 }).split('\n'));
attempt('dump quotingType forceQuotes', () => yaml.dump({ a: 'text', b: "it's" }, { quotingType: '"', forceQuotes: true }));
attempt('dump function skipInvalid', () => yaml.dump({ f() {}, ok: 1 }, { skipInvalid: true }));
attempt('dump function', () => yaml.dump({ f() {} }));
attempt('dump undefined', () => yaml.dump({ u: undefined, n: null }));
attempt('round trip', () => JSON.stringify(yaml.load(yaml.dump(value, { noRefs: true }))) === JSON.stringify(value));
const Point = new yaml.Type('!point', { kind: 'sequence', construct: (d) => ({ x: d[0], y: d[1] }), instanceOf: Object, represent: (p) => [p.x, p.y], predicate: (p) => p && 'x' in p && 'y' in p && Object.keys(p).length === 2 });
const schema = yaml.DEFAULT_SCHEMA.extend([Point]);
attempt('custom type load', () => yaml.load('p: !point [1, 2]', { schema }));
attempt('custom type dump', () => yaml.dump({ p: { x: 3, y: 4 } }, { schema }));
const errors = ['a: b: c', 'key: [unclosed', '- a\nb: c', '"unterminated', 'a:\n\t- tab', '*undefined_alias', 'a: 1\na: 2', '!unknown tag', '{a: 1', '? [a]\n: b\n? [a]\n: c'];
for (const bad of errors) attempt('error ' + JSON.stringify(bad), () => yaml.load(bad));
attempt('json option duplicate keys', () => yaml.load('a: 1\na: 2', { json: true }));
attempt('onWarning', () => { const warnings = []; yaml.load('%FOO bar\n--- x', { onWarning: (w) => warnings.push(w.message.split('\n')[0]) }); return warnings; });
attempt('YAMLException', () => new yaml.YAMLException('reason', null).toString());
