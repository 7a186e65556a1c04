'use strict';
// text-table: align rows of cells into a text table with alignment, separators and custom lengths.
const table = require('text-table');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const rows = [['master', '0123456789abcdef'], ['staging', 'fedcba9876543210'], ['x', '']];
out('basic', table(rows).split('\n'));
const numbers = [['beep', '1024'], ['boop', '33450'], ['foo', '1006'], ['bar', '45']];
out('align l r', table(numbers, { align: ['l', 'r'] }).split('\n'));
out('align c', table([['a', 'bbbbb'], ['ccccccc', 'd']], { align: ['c', 'c'] }).split('\n'));
const decimals = [['0.1', '1.234'], ['12.345', '3'], ['100', '42.5'], ['7.', '.5']];
out('align dot', table(decimals, { align: ['.', '.'] }).split('\n'));
out('hsep', table(numbers, { hsep: ' | ' }).split('\n'));
out('stringLength', table([['\u001b[31mred\u001b[39m', 'x'], ['plain', 'y']], { stringLength: (s) => s.replace(/\u001b\[\d+m/g, '').length }).split('\n'));
out('ragged rows', table([['a'], ['b', 'c', 'd'], ['e', 'f']]).split('\n'));
attempt('numbers', () => table([[1, 22], [333, 2.5], [true, 'x']]).split('\n'));
attempt('nulls', () => table([[1, null], [undefined, 2.5]]).split('\n'));
out('unicode', table([['caf\u00e9', '\u4e2d\u6587'], ['ab', 'c']]).split('\n'));
out('empty', JSON.stringify(table([])));
out('single cell', table([['only']]));
out('trailing spaces trimmed', table([['a', ''], ['bbb', '']]).split('\n').map((l) => l.length));
attempt('non-array rows', () => table('nope'));
out('align r wide', table([['1', 'long header'], ['22222', 'x']], { align: ['r', 'r'] }).split('\n'));
out('mixed alignments', table([['name', 'qty', 'price'], ['apple', '3', '1.25'], ['watermelon', '12', '10.5']], { align: ['l', 'c', '.'] }).split('\n'));
out('hsep tab', JSON.stringify(table([['a', 'b'], ['cc', 'd']], { hsep: '\t' })));
out('cells with spaces', table([[' a ', 'b '], ['c', ' d']]).split('\n'));
out('many columns', table([['1', '2', '3', '4', '5', '6'], ['10', '20', '30', '40', '50', '60']]).split('\n'));
out('dot align integers only', table([['1'], ['100'], ['10']], { align: ['.'] }).split('\n'));
