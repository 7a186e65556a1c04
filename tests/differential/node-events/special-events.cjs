"use strict";
const EventEmitter = require('events');

// newListener fires before the listener is added; removeListener after it is removed
const e = new EventEmitter();
const log = [];
e.on('newListener', (name, listener) => {
  log.push(`new ${String(name)} ${typeof listener} before=${e.listenerCount(name)}`);
});
e.on('removeListener', (name, listener) => {
  log.push(`removed ${String(name)} ${typeof listener} after=${e.listenerCount(name)}`);
});
const h = () => {};
e.on('data', h);
e.once('data', h);
e.removeListener('data', h);
e.removeListener('data', h);
console.log(log.join('\n'));

// newListener for once() reports the original listener
const n = new EventEmitter();
function original() {}
n.on('newListener', (name, listener) => console.log('newListener gets original:', listener === original));
n.once('evt', original);

// newListener that adds a listener for the same event
const m = new EventEmitter();
m.once('newListener', (name) => {
  if (name === 'go') m.on('go', () => console.log('added from newListener runs first'));
});
m.on('go', () => console.log('registered listener runs second'));
m.emit('go');

// removeAllListeners emits removeListener for each, last in first out
const r = new EventEmitter();
const out = [];
r.on('a', function a1() {});
r.on('a', function a2() {});
r.on('b', function b1() {});
r.on('removeListener', (name, fn) => out.push(`${name}:${fn.name}`));
r.removeAllListeners();
console.log(out.join(' '), r.eventNames().length);

// removeAllListeners(type) without a removeListener listener
const q = new EventEmitter();
q.on('x', () => {});
q.on('y', () => {});
q.removeAllListeners('x');
console.log(q.eventNames().join(','), q.removeAllListeners('none') === q);
q.removeAllListeners();
console.log(q.eventNames().length, q._eventsCount);
