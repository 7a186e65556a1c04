'use strict';
// node:events: EventEmitter with node 20's semantics. A plain constructor function (not a class)
// so that the `EventEmitter.call(this)` + util.inherits pattern works.
//
// Differences from node: the "possible EventEmitter memory leak" warning cannot be printed (a
// library module has no standard error), so exceeding the maximum only marks the list `warned`;
// rejections captured with `captureRejections` are re-emitted from a promise job instead of
// process.nextTick.

const { inspect } = require('cruft/native');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR },
} = require('./internal/errors.js');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
} = require('./internal/validators.js');

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');

let defaultMaxListeners = 10;

function EventEmitter(options) {
  EventEmitter.init.call(this, options);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;


Object.defineProperty(EventEmitter, 'captureRejections', {
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  get() {
    return defaultMaxListeners;
  },
  set(value) {
    validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
  enumerable: true,
});

Object.defineProperty(EventEmitter.prototype, kCapture, {
  value: false,
  writable: true,
  enumerable: false,
});

EventEmitter.init = function init(options) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (options && options.captureRejections) {
    validateBoolean(options.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(options.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

function maxListenersOf(emitter) {
  return emitter._maxListeners === undefined ? EventEmitter.defaultMaxListeners : emitter._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// With captureRejections, a listener's rejected promise becomes an 'error' event (or a call of
// the emitter's Symbol.for('nodejs.rejection') method).
function catchRejection(emitter, result, type, args) {
  if (emitter[kCapture] !== true) return;
  try {
    const then = result.then;
    if (typeof then === 'function') {
      then.call(result, undefined, (error) => {
        Promise.resolve().then(() => emitRejection(emitter, error, type, args));
      });
    }
  } catch (error) {
    emitter.emit('error', error);
  }
}

function emitRejection(emitter, error, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](error, type, ...args);
    return;
  }
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', error);
  } finally {
    emitter[kCapture] = previous;
  }
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  let unhandledError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (unhandledError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    unhandledError = unhandledError && events.error === undefined;
  } else if (!unhandledError) {
    return false;
  }

  if (unhandledError) {
    const error = args.length > 0 ? args[0] : undefined;
    if (error instanceof Error) throw error;
    let shown;
    try {
      shown = inspect(error);
    } catch {
      shown = error;
    }
    const wrapper = new ERR_UNHANDLED_ERROR(shown);
    wrapper.context = error;
    throw wrapper;
  }

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = Reflect.apply(handler, this, args);
    if (result !== undefined && result !== null) catchRejection(this, result, type, args);
  } else {
    // A copy: listeners added or removed while emitting do not change this emit.
    const listeners = handler.slice();
    for (const listener of listeners) {
      const result = Reflect.apply(listener, this, args);
      if (result !== undefined && result !== null) catchRejection(this, result, type, args);
    }
  }
  return true;
};

function addListenerTo(target, type, listener, prepend) {
  validateFunction(listener, 'listener');
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      // The 'newListener' handler may have replaced the table.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    const max = maxListenersOf(target);
    if (max > 0 && existing.length > max && !existing.warned) {
      // node prints a MaxListenersExceededWarning here; there is nowhere to print it.
      existing.warned = true;
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

function onceWrapper(...args) {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return Reflect.apply(this.listener, this.target, args);
  }
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener');
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = Object.create(null);
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    // The last registration of the listener goes first.
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Nobody listens for 'removeListener': drop the lists without emitting.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last in, first out.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const registered = events[type];
  if (registered === undefined) return [];
  if (typeof registered === 'function') {
    return unwrap ? [registered.listener || registered] : [registered];
  }
  if (!unwrap) return registered.slice();
  return registered.map((each) => (typeof each.listener === 'function' ? each.listener : each));
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const registered = events[type];
  if (typeof registered === 'function') {
    if (listener !== undefined && listener !== null) {
      return listener === registered || listener === registered.listener ? 1 : 0;
    }
    return 1;
  }
  if (registered === undefined) return 0;
  if (listener !== undefined && listener !== null) {
    let matching = 0;
    for (const each of registered) {
      if (each === listener || each.listener === listener) matching++;
    }
    return matching;
  }
  return registered.length;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---- functions of the module ----

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return Reflect.apply(listenerCount, emitter, [type]);
};

// cruft has no EventTarget; objects with addEventListener/removeEventListener are still accepted.
function addListenerOf(emitter, name, listener, once) {
  if (typeof emitter.on === 'function') {
    if (once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, { once });
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeListenerOf(emitter, name, listener) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

async function once(emitter, name, options = {}) {
  const signal = options === null || options === undefined ? undefined : options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (error) => {
      emitter.removeListener(name, resolver);
      if (signal !== undefined && signal !== null) removeListenerOf(signal, 'abort', abortListener);
      reject(error);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal !== undefined && signal !== null) removeListenerOf(signal, 'abort', abortListener);
      resolve(args);
    };
    addListenerOf(emitter, name, resolver, true);
    // Only EventEmitters have the 'error' event semantics.
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      removeListenerOf(emitter, name, resolver);
      removeListenerOf(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal.reason }));
    }
    if (signal !== undefined && signal !== null) addListenerOf(signal, 'abort', abortListener, true);
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// An async iterator over the emitter's `event` emissions (each as the array of its arguments),
// ending with an 'error' emission (rejected) or one of the `close` events. With a high-water
// mark, the emitter's pause()/resume() are called as the buffer of unread events grows and
// drains.
function on(emitter, event, options = {}) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const highWaterMark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWaterMark, 'options.highWaterMark', 1);
  const lowWaterMark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWaterMark, 'options.lowWaterMark', 1);

  const unreadEvents = [];
  const waitingReads = [];
  let paused = false;
  let pendingError = null;
  let finished = false;
  const registered = [];

  const listen = (target, name, listener) => {
    addListenerOf(target, name, listener, false);
    registered.push([target, name, listener]);
  };

  const close = () => {
    for (const [target, name, listener] of registered) removeListenerOf(target, name, listener);
    registered.length = 0;
    finished = true;
    const done = { value: undefined, done: true };
    while (waitingReads.length > 0) waitingReads.shift().resolve(done);
    return Promise.resolve(done);
  };

  const fail = (error) => {
    if (waitingReads.length > 0) waitingReads.shift().reject(error);
    else pendingError = error;
    close();
  };

  const receive = (...args) => {
    if (waitingReads.length > 0) {
      waitingReads.shift().resolve({ value: args, done: false });
      return;
    }
    unreadEvents.push(args);
    if (!paused && unreadEvents.length > highWaterMark) {
      paused = true;
      emitter.pause();
    }
  };

  const iterator = Object.setPrototypeOf(
    {
      next() {
        if (unreadEvents.length > 0) {
          const value = unreadEvents.shift();
          if (paused && unreadEvents.length < lowWaterMark) {
            emitter.resume();
            paused = false;
          }
          return Promise.resolve({ value, done: false });
        }
        if (pendingError) {
          const rejection = Promise.reject(pendingError);
          pendingError = null;
          return rejection;
        }
        if (finished) return close();
        return new Promise((resolve, reject) => waitingReads.push({ resolve, reject }));
      },
      return() {
        return close();
      },
      throw(error) {
        if (!error || !(error instanceof Error)) {
          throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', error);
        }
        fail(error);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    },
    AsyncIteratorPrototype,
  );

  listen(emitter, event, receive);
  if (event !== 'error' && typeof emitter.on === 'function') listen(emitter, 'error', fail);
  const closeEvents = options.close;
  if (closeEvents && closeEvents.length) {
    for (const name of closeEvents) listen(emitter, name, close);
  }
  if (signal) listen(signal, 'abort', () => fail(new AbortError(undefined, { cause: signal.reason })));
  return iterator;
}

function getEventListeners(emitter, type) {
  if (emitter !== null && emitter !== undefined && typeof emitter.listeners === 'function') {
    return emitter.listeners(type);
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitter);
}

function getMaxListeners(emitter) {
  if (emitter !== null && emitter !== undefined && typeof emitter.getMaxListeners === 'function') {
    return maxListenersOf(emitter);
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitter);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (target !== null && target !== undefined && typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

Object.assign(EventEmitter, {
  once,
  on,
  getEventListeners,
  getMaxListeners,
  EventEmitter,
  usingDomains: false,
  captureRejectionSymbol: kRejection,
  errorMonitor: kErrorMonitor,
  setMaxListeners,
});

module.exports = EventEmitter;
