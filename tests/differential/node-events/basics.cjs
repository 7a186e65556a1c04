"use strict";
const EventEmitter = require('events');

const e = new EventEmitter();
const log = [];
e.on('a', (x, y) => log.push(`first ${x} ${y}`));
e.addListener('a', function (x) { log.push(`second ${x} ${this === e}`); });
e.prependListener('a', () => log.push('prepended'));
console.log(e.emit('a', 1, 2), e.emit('nothing'));
console.log(log.join(' | '));
console.log(e.listenerCount('a'), e.listeners('a').length, e.eventNames().join(','));
console.log(Object.keys(e).join(','), e._eventsCount, e._maxListeners);
console.log(typeof e._events, Object.getPrototypeOf(e._events));

// once, and a once listener removed by its original function
const o = new EventEmitter();
let count = 0;
const inc = () => count++;
o.once('x', inc);
o.prependOnceListener('x', () => { count += 10; });
console.log(o.listenerCount('x'), o.rawListeners('x').map((f) => f.name).join(','));
console.log(o.listeners('x')[1] === inc, o.rawListeners('x')[1].listener === inc);
o.emit('x');
o.emit('x');
console.log(count, o.listenerCount('x'), o.eventNames().length);
o.once('y', inc);
o.removeListener('y', inc);
console.log(o.emit('y'), count);

// removing during emit does not affect the current emit
const r = new EventEmitter();
const seen = [];
function one() { seen.push('one'); r.removeListener('z', two); }
function two() { seen.push('two'); }
r.on('z', one);
r.on('z', two);
r.emit('z');
r.emit('z');
console.log(seen.join(','));

// the same listener twice: removeListener removes the last one
const d = new EventEmitter();
function dup(tag) { return () => tag; }
const f = dup(1);
d.on('q', f);
d.on('q', () => 0);
d.on('q', f);
d.off('q', f);
console.log(d.listenerCount('q'), d.listeners('q')[0] === f, d.listenerCount('q', f));
d.removeAllListeners('q');
console.log(d.listenerCount('q'), d.eventNames().length);

// symbols as event names
const s = new EventEmitter();
const sym = Symbol('evt');
s.on(sym, (v) => console.log('symbol event', v));
s.on('str', () => {});
s.emit(sym, 42);
console.log(s.eventNames().map(String).join(','));

// emit returns whether there were listeners, argument passing
const a = new EventEmitter();
a.on('args', (...args) => console.log('args', args.length, JSON.stringify(args)));
a.emit('args');
a.emit('args', 1, 'two', [3], { four: 4 }, null);
console.log(EventEmitter.listenerCount(a, 'args'));
