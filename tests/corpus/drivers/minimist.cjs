'use strict';
// minimist: parse argument vectors with flags, aliases, defaults, strings, booleans and `--`.
const minimist = require('minimist');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const cases = [
  [['-a', 'beep', '-b', 'boop']], [['-x', '3', '-y', '4', '-n5', '-abc', '--beep=boop', 'foo', 'bar', 'baz']],
  [['--no-color', '--verbose', '--count', '07', '--hex', '0x10', '--neg', '-3', '--float', '1.5e3']],
  [['--', '-a', '--b']], [['-abc123']], [['--key', 'v1', '--key', 'v2', '--key=v3']], [['-vvv']],
  [['--a.b', '1', '--a.c=2']], [['-']], [['--'], {}], [['--name=', '--empty']], [['--flag', '--', 'rest']],
  [['-n', '-5']], [['--x=1=2']], [['-h']], [[]],
  [['--string', '5', '-s', '007'], { string: ['string', 's'] }],
  [['--bool', 'true', '--other', 'x', 'pos'], { boolean: ['bool', 'other'] }],
  [['--all', 'x', '-y'], { boolean: true }],
  [['-v', '--verbose=false'], { alias: { v: 'verbose' } }],
  [['-h'], { alias: { h: ['help', 'usage'] } }],
  [[], { default: { port: 8080, host: 'localhost' } }],
  [['--port', '3000'], { default: { port: 8080 }, string: 'port' }],
  [['a', '--', 'b', '--c'], { '--': true }],
  [['a', '--b', 'c', 'd'], { stopEarly: true }],
  [['--known', '--unknown', 'x'], { boolean: ['known'], unknown: (arg) => { out('unknown callback', arg); return arg !== '--unknown'; } }],
  [['--__proto__.polluted', 'yes', '--constructor.prototype.bad', '1']],
  [['-ab', 'x'], { string: ['b'] }],
  [['--no-no-thing']], [['-5']], [['--1']], [['-\u00e9']],
];
for (const [args, options] of cases) out(JSON.stringify(args) + (options ? ' ' + JSON.stringify(options) : ''), minimist(args, options));
out('prototype untouched', [({}).polluted, Object.prototype.bad]);
