'use strict';
// shell-quote: quote argument lists for a shell and parse command lines with operators, globs,
// comments and environment substitution.
const { quote, parse } = require('shell-quote');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const lists = [['a', 'b c', 'd'], ['it\'s', '"quoted"', '$HOME', '`cmd`'], ['', 'a\\b', 'semi;colon', 'pipe|x'], ['*.js', '?', '[a]', '{a,b}'], ['new\nline', 'tab\there'], ['--flag=value with space'], ['ünïcödé', '#hash'], []];
for (const list of lists) out('quote ' + JSON.stringify(list), quote(list));
const lines = [
  'a "b c" d', "a 'b c' d", 'echo "$HOME and ${USER}"', "echo '$HOME'", 'a && b || c; d | e & f', 'cat < in > out >> app 2>&1',
  'x # comment here', 'ls *.js src/?.ts', 'a\\ b c', 'echo "esc \\" quote"', "echo 'unterminated", 'echo $((1+2))', '(subshell; x)',
  'a;b', 'FOO=bar cmd', 'echo \\$NOT', '', '   ', 'echo "${MISSING:-default}"', "a'b'\"c\"d",
];
const env = { HOME: '/home/u', USER: 'ann', FOO: 'foo value' };
for (const line of lines) {
  attempt('parse ' + JSON.stringify(line), () => parse(line));
  attempt('parse with env ' + JSON.stringify(line), () => parse(line, env));
}
attempt('env function', () => parse('echo $A $B', (key) => (key === 'A' ? 'from function' : undefined)));
attempt('env function returning object', () => parse('run $OP', () => ({ op: '|' })));
attempt('escape option', () => parse('a ^"b c^"', {}, { escape: '^' }));
attempt('round trip', () => parse(quote(['a b', "c'd", '$e'])));
