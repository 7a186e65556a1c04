"use strict";
const EventEmitter = require('events');

const e = new EventEmitter();
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
    if ('context' in err) console.log('  context:', typeof err.context, JSON.stringify(err.context));
  }
}
attempt('error object', () => e.emit('error', new TypeError('bad thing')));
attempt('string', () => e.emit('error', 'boom'));
attempt('nothing', () => e.emit('error'));
attempt('number', () => e.emit('error', 42));
attempt('object', () => e.emit('error', { reason: 'x', n: [1, 2] }));
attempt('null', () => e.emit('error', null));

const thrown = new RangeError('same object');
try { e.emit('error', thrown); } catch (err) { console.log('same error rethrown:', err === thrown); }

e.on('error', (err) => console.log('handled', err.message));
console.log(e.emit('error', new Error('caught by listener')));

// errorMonitor sees errors first without handling them
const m = new EventEmitter();
m.on(EventEmitter.errorMonitor, (err) => console.log('monitor saw', err.message));
attempt('monitored', () => m.emit('error', new Error('still thrown')));
console.log(typeof EventEmitter.errorMonitor, EventEmitter.errorMonitor.description);

// bad listeners
attempt('on(number)', () => e.on('x', 1));
attempt('once(string)', () => e.once('x', 'f'));
attempt('off(null)', () => e.off('x', null));
attempt('prepend(object)', () => e.prependListener('x', {}));

// max listeners
attempt('setMaxListeners(-1)', () => e.setMaxListeners(-1));
attempt('setMaxListeners(NaN)', () => e.setMaxListeners(NaN));
attempt('setMaxListeners("1")', () => e.setMaxListeners('1'));
attempt('defaultMaxListeners = -2', () => { EventEmitter.defaultMaxListeners = -2; });
console.log(e.getMaxListeners(), EventEmitter.defaultMaxListeners);
console.log(e.setMaxListeners(1) === e, e.getMaxListeners());
attempt('EventEmitter.setMaxListeners(-1)', () => EventEmitter.setMaxListeners(-1));

// a listener that throws stops the emit
const t = new EventEmitter();
t.on('x', () => { throw new Error('listener threw'); });
t.on('x', () => console.log('not reached'));
attempt('throwing listener', () => t.emit('x'));
