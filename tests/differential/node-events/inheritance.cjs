"use strict";
const EventEmitter = require('events');
const util = require('util');

// the pre-class pattern
function Legacy(name) {
  EventEmitter.call(this);
  this.name = name;
}
util.inherits(Legacy, EventEmitter);
Legacy.prototype.greet = function () { this.emit('greet', `hello from ${this.name}`); };
const legacy = new Legacy('legacy');
legacy.on('greet', (msg) => console.log(msg));
legacy.greet();
console.log(legacy instanceof EventEmitter, Legacy.super_ === EventEmitter, Object.keys(legacy).join(','));

// class extends
class Modern extends EventEmitter {
  constructor() {
    super({ captureRejections: false });
    this.items = [];
  }
  add(item) {
    this.items.push(item);
    this.emit('added', item, this.items.length);
    return this;
  }
}
const modern = new Modern();
modern.on('added', function (item, n) { console.log('added', item, n, this === modern); });
modern.add('a').add('b');
console.log(modern instanceof EventEmitter, modern.listenerCount('added'));

// module shape
console.log(EventEmitter.EventEmitter === EventEmitter, typeof EventEmitter.once, EventEmitter.defaultMaxListeners);
console.log(EventEmitter.prototype.on === EventEmitter.prototype.addListener, EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
console.log(EventEmitter.prototype.on.name, EventEmitter.prototype.off.name, EventEmitter.length);
console.log(Object.keys(EventEmitter.prototype).join(','));
console.log(EventEmitter.captureRejections, typeof EventEmitter.captureRejectionSymbol, EventEmitter.usingDomains);
const { EventEmitter: Named, once } = require('node:events');
console.log(Named === EventEmitter, typeof once);

// an object created with Object.create keeps working
const plain = Object.create(EventEmitter.prototype);
EventEmitter.call(plain);
plain.on('x', (v) => console.log('plain', v));
plain.emit('x', 1);

// chaining
const c = new EventEmitter();
console.log(c.on('a', () => {}) === c, c.once('b', () => {}) === c, c.removeAllListeners() === c);
console.log(EventEmitter.getEventListeners(legacy, 'greet').length, EventEmitter.getMaxListeners(legacy));
try { EventEmitter.getEventListeners({}, 'x'); } catch (err) { console.log(err.name, err.code, err.message); }
EventEmitter.setMaxListeners(3, c);
console.log(c.getMaxListeners());
try { EventEmitter.setMaxListeners(3, 5); } catch (err) { console.log(err.name, err.code, err.message); }
