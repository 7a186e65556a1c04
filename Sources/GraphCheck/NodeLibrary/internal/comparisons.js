'use strict';
// Deep equality in node's two flavours: loose (assert.deepEqual: == for primitives, prototypes
// ignored) and strict (assert.deepStrictEqual, util.isDeepStrictEqual: Object.is for primitives,
// same prototypes, enumerable symbol keys compared).

const types = require('../util/types.js');

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const isEnumerable = (object, key) => Object.prototype.propertyIsEnumerable.call(object, key);
const tagOf = (value) => Object.prototype.toString.call(value);

// How the entries of a pair of objects are walked besides their keys.
const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function isArrayIndex(key) {
  if (typeof key !== 'string' || key === '' || (key.length > 1 && key[0] === '0')) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return Number(key) < 2 ** 32 - 1;
}

// Own enumerable keys that are not array indices: strings, then (unless skipped) symbols.
function nonIndexKeys(object, withSymbols) {
  const keys = Object.keys(object).filter((key) => !isArrayIndex(key));
  if (withSymbols) {
    for (const symbol of Object.getOwnPropertySymbols(object)) {
      if (isEnumerable(object, symbol)) keys.push(symbol);
    }
  }
  return keys;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// Loose comparison of float arrays compares the numbers (0 equals -0, NaN equals nothing).
function sameFloats(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameBoxedPrimitive(a, b) {
  if (types.isNumberObject(a)) {
    return types.isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (types.isStringObject(a)) {
    return types.isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (types.isBooleanObject(a)) {
    return types.isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (types.isBigIntObject(a)) {
    return types.isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (types.isSymbolObject(a)) {
    return types.isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

function isErrorLike(value) {
  return types.isNativeError(value) || value instanceof Error;
}

function isSpecialObject(value) {
  return (
    Array.isArray(value) ||
    types.isArrayBufferView(value) ||
    types.isSet(value) ||
    types.isMap(value) ||
    types.isDate(value) ||
    types.isRegExp(value) ||
    types.isAnyArrayBuffer(value) ||
    types.isBoxedPrimitive(value) ||
    isErrorLike(value)
  );
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);

  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }

  if (tagOf(a) !== tagOf(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keysA = nonIndexKeys(a, strict);
    const keysB = nonIndexKeys(b, strict);
    if (keysA.length !== keysB.length) return false;
    return keyCheck(a, b, strict, memos, kIsArray, keysA);
  }
  if (tagOf(a) === '[object Object]') {
    return keyCheck(a, b, strict, memos, kNoIterator);
  }
  if (types.isDate(a)) {
    if (!types.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (types.isArrayBufferView(a)) {
    if (!types.isArrayBufferView(b)) return false;
    if (!strict && (types.isFloat32Array(a) || types.isFloat64Array(a))) {
      if (!sameFloats(a, b)) return false;
    } else if (!sameBytes(bytesOf(a), bytesOf(b))) {
      return false;
    }
    const keysA = nonIndexKeys(a, strict);
    const keysB = nonIndexKeys(b, strict);
    if (keysA.length !== keysB.length) return false;
    return keyCheck(a, b, strict, memos, kNoIterator, keysA);
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsSet);
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsMap);
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || !sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (isErrorLike(a)) {
    // The stack is not compared. message, name, cause and errors are, whether own data or not,
    // unless they are enumerable (then the key comparison below covers them).
    if (!isErrorLike(b)) return false;
    for (const key of ['message', 'name']) {
      const enumerable = isEnumerable(a, key);
      if (enumerable !== isEnumerable(b, key) || (!enumerable && a[key] !== b[key])) return false;
    }
    for (const key of ['cause', 'errors']) {
      const enumerable = isEnumerable(a, key);
      if (enumerable !== isEnumerable(b, key)) return false;
      if (!enumerable && !innerDeepEqual(a[key], b[key], strict, memos)) return false;
    }
  } else if (types.isBoxedPrimitive(a)) {
    if (!sameBoxedPrimitive(a, b)) return false;
  } else if (isSpecialObject(b)) {
    return false;
  }
  return keyCheck(a, b, strict, memos, kNoIterator);
}

function keyCheck(a, b, strict, memos, iterationType, keysA) {
  const keysGiven = keysA !== undefined;
  if (!keysGiven) {
    keysA = Object.keys(a);
    if (keysA.length !== Object.keys(b).length) return false;
  }
  for (const key of keysA) {
    if (!isEnumerable(b, key)) return false;
  }

  if (strict && !keysGiven) {
    const symbolsA = Object.getOwnPropertySymbols(a);
    let enumerableCount = 0;
    for (const symbol of symbolsA) {
      if (isEnumerable(a, symbol)) {
        if (!isEnumerable(b, symbol)) return false;
        keysA.push(symbol);
        enumerableCount++;
      } else if (isEnumerable(b, symbol)) {
        return false;
      }
    }
    const enumerableSymbolsB = Object.getOwnPropertySymbols(b).filter((symbol) => isEnumerable(b, symbol));
    if (enumerableSymbolsB.length !== enumerableCount) return false;
  }

  if (
    keysA.length === 0 &&
    (iterationType === kNoIterator || (iterationType === kIsArray && a.length === 0) || a.size === 0)
  ) {
    return true;
  }

  // Cycles: when both objects are already being compared further up, the pair counts as equal
  // here (the comparison in progress decides).
  if (memos === undefined) memos = { inProgress: new Set() };
  const { inProgress } = memos;
  const addedA = !inProgress.has(a);
  const addedB = !inProgress.has(b);
  if (!addedA && !addedB) return true;
  inProgress.add(a);
  inProgress.add(b);
  const equal = objectEquivalent(a, b, strict, keysA, memos, iterationType);
  if (addedA) inProgress.delete(a);
  if (addedB) inProgress.delete(b);
  return equal;
}

function objectEquivalent(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquivalent(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquivalent(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // A hole: compare the remaining own keys of the sparse array one by one.
        const keysOfA = Object.keys(a);
        for (; i < keysOfA.length; i++) {
          const key = keysOfA[i];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
        }
        return keysOfA.length === Object.keys(b).length;
      }
    }
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

// For loose comparison: the primitive a set or map key might equal loosely, or a verdict.
// Returns null/undefined as the value to look for, or a boolean answer.
function looseCounterpart(primitive) {
  switch (typeof primitive) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      return !Number.isNaN(+primitive);
    case 'number':
      return !Number.isNaN(primitive);
    default:
      return true;
  }
}

function setMightHaveLoosePrimitive(a, b, primitive) {
  const counterpart = looseCounterpart(primitive);
  if (counterpart !== null && counterpart !== undefined) return counterpart;
  return b.has(counterpart) && !a.has(counterpart);
}

function mapMightHaveLoosePrimitive(a, b, primitive, item, memos) {
  const counterpart = looseCounterpart(primitive);
  if (counterpart !== null && counterpart !== undefined) return counterpart;
  const itemB = b.get(counterpart);
  if ((itemB === undefined && !b.has(counterpart)) || !innerDeepEqual(item, itemB, false, memos)) {
    return false;
  }
  return !a.has(counterpart) && innerDeepEqual(item, itemB, false, memos);
}

function takeEqualElement(set, value, strict, memos) {
  for (const candidate of set) {
    if (innerDeepEqual(value, candidate, strict, memos)) {
      set.delete(candidate);
      return true;
    }
  }
  return false;
}

function setEquivalent(a, b, strict, memos) {
  let pending = null;
  for (const value of a) {
    if (typeof value === 'object' && value !== null) {
      if (pending === null) pending = new Set();
      pending.add(value);
    } else if (!b.has(value)) {
      if (strict || !setMightHaveLoosePrimitive(a, b, value)) return false;
      if (pending === null) pending = new Set();
      pending.add(value);
    }
  }
  if (pending === null) return true;
  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!takeEqualElement(pending, value, strict, memos)) return false;
    } else if (!strict && !a.has(value) && !takeEqualElement(pending, value, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function takeEqualEntry(pending, map, key, item, strict, memos) {
  for (const candidate of pending) {
    if (innerDeepEqual(key, candidate, strict, memos) && innerDeepEqual(item, map.get(candidate), strict, memos)) {
      pending.delete(candidate);
      return true;
    }
  }
  return false;
}

function mapEquivalent(a, b, strict, memos) {
  let pending = null;
  for (const [key, itemA] of a) {
    if (typeof key === 'object' && key !== null) {
      if (pending === null) pending = new Set();
      pending.add(key);
    } else {
      const itemB = b.get(key);
      if ((itemB === undefined && !b.has(key)) || !innerDeepEqual(itemA, itemB, strict, memos)) {
        if (strict || !mapMightHaveLoosePrimitive(a, b, key, itemA, memos)) return false;
        if (pending === null) pending = new Set();
        pending.add(key);
      }
    }
  }
  if (pending === null) return true;
  for (const [key, item] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pending, a, key, item, strict, memos)) return false;
    } else if (
      !strict &&
      (!a.has(key) || !innerDeepEqual(a.get(key), item, false, memos)) &&
      !takeEqualEntry(pending, a, key, item, false, memos)
    ) {
      return false;
    }
  }
  return pending.size === 0;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true);
}

module.exports = { isDeepEqual, isDeepStrictEqual };
