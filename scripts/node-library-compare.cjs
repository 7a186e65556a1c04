'use strict';
// Compares cruft's JavaScript Node library with node's own modules on many generated inputs
// (deterministic: a seeded generator), under node:
//
//     node scripts/node-library-compare.cjs [COUNT]
//
// Checked: every path function on generated paths; util.isDeepStrictEqual and assert.deepEqual
// verdicts on generated values; the AssertionError message, generatedMessage and operator of
// each assert comparison function; what EventEmitters do under generated sequences of calls. Prints the first mismatches and exits 1 when there are any.

const nodePath = require('path');
const nodeUtil = require('util');
const nodeAssert = require('assert');
const NodeEventEmitter = require('events');
require('./node-library-preload.cjs');
const library = (name) => require(`../Sources/GraphCheck/NodeLibrary/${name}.js`);
const path = library('path');
const assert = library('assert');
const EventEmitter = library('events');
const { isDeepEqual, isDeepStrictEqual } = library('internal/comparisons');

const count = Number(process.argv[2] || 20000);
let state = 1;
function seed(value) {
  state = value | 0 || 1;
}
function pick(n) {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) % n;
}

const shown = [];
let mismatches = 0;
function report(what, inputs, expected, actual) {
  mismatches++;
  if (shown.length < 10) {
    shown.push(`${what} ${nodeUtil.inspect(inputs)}\n  node: ${JSON.stringify(expected)}\n  library: ${JSON.stringify(actual)}`);
  }
}

function outcome(fn) {
  try {
    return JSON.stringify(fn());
  } catch (error) {
    return `${error.name} ${error.code} ${error.message}`;
  }
}

// ---- path ----
const pathPieces = ['/', '/', '.', '..', 'a', 'b.c', '.d', 'e.', ''];
function generatePath() {
  let text = '';
  for (let i = pick(7); i > 0; i--) text += pathPieces[pick(pathPieces.length)];
  return text;
}
for (let i = 1; i <= count; i++) {
  seed(i * 2654435761);
  const p = generatePath();
  const q = generatePath();
  const cases = [
    ['normalize', [p]], ['dirname', [p]], ['basename', [p]], ['basename', [p, q]], ['extname', [p]],
    ['parse', [p]], ['join', [p, q]], ['isAbsolute', [p]], ['resolve', [`/${p}`, q]],
    ['relative', [`/${p}`, `/${q}`]], ['format', [nodePath.parse(p)]],
  ];
  for (const [name, args] of cases) {
    const expected = outcome(() => nodePath[name](...args));
    const actual = outcome(() => path[name](...args));
    if (expected !== actual) report(`path.${name}`, args, expected, actual);
  }
}

// ---- deep equality ----
const primitives = [0, -0, 1, '1', '', 'a', true, false, null, undefined, NaN, 1n, Symbol.for('x')];
function generateValue(depth) {
  const kind = pick(depth > 2 ? 3 : 12);
  if (kind < 3) return primitives[pick(primitives.length)];
  switch (kind) {
    case 3: {
      const array = [];
      for (let n = pick(3); n > 0; n--) array.push(generateValue(depth + 1));
      if (pick(5) === 0) array.length += 1;
      return array;
    }
    case 4: {
      const object = {};
      for (let n = pick(3); n > 0; n--) object[`k${pick(3)}`] = generateValue(depth + 1);
      return object;
    }
    case 5:
      return new Set(Array.from({ length: pick(4) }, () => generateValue(depth + 1)));
    case 6:
      return new Map(Array.from({ length: pick(4) }, () => [generateValue(depth + 1), generateValue(depth + 1)]));
    case 7:
      return new Date(pick(2));
    case 8:
      return Object(primitives[pick(primitives.length - 4)]);
    case 9:
      return pick(2) ? new Uint8Array([pick(2), pick(2)]) : new Float64Array([[0, -0, NaN][pick(3)]]);
    case 10: {
      const object = Object.create(null);
      object.a = generateValue(depth + 1);
      return object;
    }
    default: {
      const error = new Error(['a', 'b'][pick(2)]);
      if (pick(2)) error.code = generateValue(depth + 1);
      return error;
    }
  }
}
// Two values of the same generated shape: equal unless the second draw was perturbed.
function generatePair(i) {
  seed(i * 7919 + 1);
  const a = generateValue(0);
  seed(pick(3) === 0 ? (i * 7919 + 1) ^ 0x5bd1e995 : i * 7919 + 1);
  return [a, generateValue(0)];
}
const nodeLoose = (a, b) => {
  try {
    nodeAssert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
};
for (let i = 1; i <= count; i++) {
  const [a, b] = generatePair(i);
  if (nodeUtil.isDeepStrictEqual(a, b) !== isDeepStrictEqual(a, b)) {
    report('isDeepStrictEqual', [a, b], nodeUtil.isDeepStrictEqual(a, b), isDeepStrictEqual(a, b));
  }
  if (nodeLoose(a, b) !== isDeepEqual(a, b)) report('isDeepEqual', [a, b], nodeLoose(a, b), isDeepEqual(a, b));
}

// ---- assertion messages ----
const shownPrimitives = [0, -0, 1, '1', '', 'a', 'a longer string value here', true, null, undefined, NaN, 12345678, 'x\ny'];
function generateShown(depth) {
  const kind = pick(depth > 3 ? 3 : 9);
  if (kind < 3) return shownPrimitives[pick(shownPrimitives.length)];
  if (kind < 5) return Array.from({ length: pick(12) }, () => generateShown(depth + 1));
  if (kind < 7) {
    const object = {};
    for (let n = pick(8); n > 0; n--) object[`key${pick(10)}`] = generateShown(depth + 1);
    return object;
  }
  if (kind === 7) return new Map(Array.from({ length: pick(3) }, () => [`k${pick(3)}`, generateShown(depth + 1)]));
  return new Set([generateShown(depth + 1), generateShown(depth + 1)]);
}
const operators = ['deepStrictEqual', 'strictEqual', 'deepEqual', 'notDeepStrictEqual', 'notStrictEqual', 'equal', 'notEqual', 'notDeepEqual'];
function failure(module, operator, a, b) {
  try {
    module[operator](a, b);
    return null;
  } catch (error) {
    return `${error.message}|${error.generatedMessage}|${error.operator}`;
  }
}
for (let i = 1; i <= count; i++) {
  seed(i * 104729 + 3);
  const a = generateShown(0);
  seed(i * 104729 + 3);
  if (pick(2)) state ^= 0x9e3779b9;
  const b = generateShown(0);
  const operator = operators[i % operators.length];
  const expected = failure(nodeAssert, operator, a, b);
  const actual = failure(assert, operator, a, b);
  if (expected !== actual) report(`assert.${operator}`, [a, b], expected, actual);
}

// ---- event emitters ----
// A generated sequence of calls, run on node's EventEmitter and on the library's; every call's
// result, every listener call and the emitter's state after each step are logged.
function runEmitterScript(Emitter, steps) {
  const log = [];
  const emitter = new Emitter();
  const names = ['a', 'b', 'newListener', 'removeListener', 'error', Symbol.for('s')];
  const listeners = [];
  for (let id = 0; id < 4; id++) {
    listeners.push(function listener(...args) {
      log.push(`L${id}(${args.map((each) => (typeof each === 'function' ? 'fn' : String(each))).join(',')})`);
      // Listeners change the emitter only when called by the script's own emits (a number
      // argument), never from 'newListener'/'removeListener' (that could recurse forever).
      if (typeof args[0] !== 'number') return;
      const reaction = steps.reactions[id];
      if (reaction === 1) emitter.removeListener('a', listeners[(id + 1) % 4]);
      if (reaction === 2) emitter.on('a', listeners[(id + 2) % 4]);
      if (reaction === 3) emitter.removeAllListeners('b');
    });
  }
  for (const [operation, nameIndex, listenerIndex] of steps.calls) {
    const name = names[nameIndex];
    const listener = listeners[listenerIndex];
    try {
      let result;
      switch (operation) {
        case 0: result = emitter.on(name, listener) === emitter; break;
        case 1: result = emitter.once(name, listener) === emitter; break;
        case 2: result = emitter.prependListener(name, listener) === emitter; break;
        case 3: result = emitter.prependOnceListener(name, listener) === emitter; break;
        case 4: result = emitter.removeListener(name, listener) === emitter; break;
        case 5: result = emitter.emit(name, listenerIndex); break;
        case 6: result = emitter.removeAllListeners(name) === emitter; break;
        case 7: result = emitter.removeAllListeners() === emitter; break;
        default: result = emitter.emit(name);
      }
      log.push(`${operation} ${String(name)} -> ${result}`);
    } catch (error) {
      log.push(`${operation} ${String(name)} threw ${error.name} ${error.code} ${error.message}`);
    }
    const state = emitter.eventNames().map((each) => {
      const raw = emitter
        .rawListeners(each)
        .map((f) => (f.listener ? `once${listeners.indexOf(f.listener)}` : `${listeners.indexOf(f)}`))
        .join(',');
      return `${String(each)}:${raw}:${emitter.listenerCount(each)}`;
    });
    log.push(state.join(' '));
  }
  return log.join('\n');
}
for (let i = 1; i <= count / 4; i++) {
  seed(i * 40503 + 11);
  const steps = { reactions: [pick(4), pick(4), pick(4), pick(4)], calls: [] };
  for (let n = 4 + pick(12); n > 0; n--) steps.calls.push([pick(9), pick(6), pick(4)]);
  const expected = runEmitterScript(NodeEventEmitter, steps);
  const actual = runEmitterScript(EventEmitter, steps);
  if (expected !== actual) report('EventEmitter', steps, expected, actual);
}

for (const line of shown) console.log(line);
console.log(`${count} inputs per check, ${mismatches} mismatches`);
process.exitCode = mismatches > 0 ? 1 : 0;
