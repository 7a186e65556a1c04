'use strict';
// Node's `buffer` module: Buffer is a Uint8Array subclass (FastBuffer) whose prototype carries node's methods;
// `Buffer` itself is a plain function so that the deprecated `Buffer(...)` call form works.
const native = require('cruft/native');
const errors = require('./internal/error-codes.js');
const { encodingOps, getEncodingOps, normalizeEncoding } = require('./internal/buffer-encodings.js');
const { installNumberMethods } = require('./internal/buffer-numbers.js');
const { Blob } = require('./internal/blob.js');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS, ERR_UNKNOWN_ENCODING } = errors;
const { makeCodedError, ERR_INVALID_BUFFER_SIZE, ERR_MISSING_ARGS, DOMException, validateNumber, validateInteger, validateString } = errors;
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = native.types;

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;
const constants = Object.defineProperties(
  {},
  {
    MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
    MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
  },
);
let INSPECT_MAX_BYTES = 50;

class FastBuffer extends Uint8Array {
  // Node's FastBuffer takes (length) or (arrayBuffer, byteOffset, length), never an array to copy.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Object.defineProperty(Buffer, 'length', { value: 3 });
FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 8 * 1024;

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

function fromStringWith(string, ops) {
  if (ops.encodeWhole) {
    const bytes = ops.encodeWhole(string);
    return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length);
  }
  const length = ops.byteLength(string);
  const buf = new FastBuffer(length);
  const actual = ops.write(buf, string, 0, length);
  return actual === length ? buf : new FastBuffer(buf.buffer, buf.byteOffset, actual);
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringWith(string, ops);
}

function fromArrayBuffer(arrayBuffer, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = arrayBuffer.byteLength - byteOffset;
  if (maxLength < 0) throw ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(arrayBuffer, byteOffset, length);
}

function fromArrayLike(source) {
  if (source.length <= 0) return new FastBuffer();
  const buf = new FastBuffer(source.length);
  if (isUint8Array(source)) {
    buf.set(source);
  } else {
    for (let i = 0; i < source.length; i++) buf[i] = source[i];
  }
  return buf;
}

function fromObject(object) {
  if (object.length !== undefined || isAnyArrayBuffer(object.buffer)) {
    if (typeof object.length !== 'number') return new FastBuffer();
    return fromArrayLike(object);
  }
  if (object.type === 'Buffer' && Array.isArray(object.data)) return fromArrayLike(object.data);
  return undefined;
}

const kFromExpected = ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'];

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const primitive = value.valueOf && value.valueOf();
    if (primitive != null && primitive !== value && (typeof primitive === 'string' || typeof primitive === 'object')) {
      return from(primitive, encodingOrOffset, length);
    }
    const buf = fromObject(value);
    if (buf) return buf;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const text = value[Symbol.toPrimitive]('string');
      if (typeof text === 'string') return fromString(text, encodingOrOffset);
    }
  }
  throw ERR_INVALID_ARG_TYPE('first argument', kFromExpected, value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isArrayBufferView(view) || native.types.isDataView(view)) throw ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return new FastBuffer();
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return fromArrayLike(bytes.slice());
};

Buffer.of = function of(...items) {
  const buf = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) buf[i] = items[i];
  return buf;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return fillBuffer(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

Buffer.isBuffer = function isBuffer(value) {
  return value instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const aLength = aEnd - aStart;
  const bLength = bEnd - bStart;
  const common = Math.min(aLength, bLength);
  for (let i = 0; i < common; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  if (aLength === bLength) return 0;
  return aLength < bLength ? -1 : 1;
}

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && string.length === 0) return 0;
  if (!encoding) return mustMatch ? -1 : encodingOps.utf8.byteLength(string);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return mustMatch ? -1 : encodingOps.utf8.byteLength(string);
  return ops.byteLength(string);
};

function copyBytes(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
  let count = sourceEnd - sourceStart;
  const available = source.length - sourceStart;
  if (count > available) count = available;
  if (count <= 0) return 0;
  const bytes = new Uint8Array(source.buffer, source.byteOffset + sourceStart, count);
  Uint8Array.prototype.set.call(target, bytes, targetStart);
  return count;
}

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const result = new FastBuffer(length);
  let position = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], buf);
    position += copyBytes(buf, result, position, 0, buf.length);
  }
  return result;
};

// Integer conversion of node's copy() for what is not already an integer: NaN, infinities and
// out-of-safe-range values take the default.
function toInteger(value, fallback) {
  value = +value;
  if (!Number.isNaN(value) && value >= Number.MIN_SAFE_INTEGER && value <= Number.MAX_SAFE_INTEGER) {
    return value % 1 === 0 ? value : Math.floor(value);
  }
  return fallback;
}

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

function fillBuffer(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw ERR_UNKNOWN_ENCODING(encoding);
    }
    encoding = normalized;
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (end - offset + offset > buf.byteLength) throw ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  let pattern;
  if (typeof value === 'string') pattern = encodingOps[encoding].encode(value);
  else if (isArrayBufferView(value)) pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  // Unary plus, not Number(): a BigInt fill value is a TypeError, as in node.
  else pattern = Uint8Array.of(+value & 255);
  if (pattern.length === 0) throw ERR_INVALID_ARG_VALUE('value', value);
  for (let i = offset; i < end; i++) buf[i] = pattern[(i - offset) % pattern.length];
  return buf;
}

// Node's rules for where indexOf/lastIndexOf start, given the needle's length.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function matchesAt(haystack, needle, position) {
  for (let j = 0; j < needle.length; j++) {
    if (haystack[position + j] !== needle[j]) return false;
  }
  return true;
}

function searchBytes(haystack, needle, offset, forward, step) {
  const start = searchStart(haystack.length, offset, needle.length, forward);
  if (needle.length === 0) return start;
  if (haystack.length === 0 || start <= -1) return -1;
  if ((forward && needle.length + start > haystack.length) || needle.length > haystack.length) return -1;
  // UTF-16 searches compare whole code units of both sides.
  if (step === 2 && (haystack.length < 2 || needle.length < 2)) return -1;
  if (forward) {
    // UTF-16 searches look at whole code units: the start rounds down to one.
    let position = start - (start % step);
    for (; position + needle.length <= haystack.length; position += step) {
      if (matchesAt(haystack, needle, position)) return position;
    }
  } else {
    let position = Math.min(start, haystack.length - needle.length);
    position -= position % step;
    for (; position >= 0; position -= step) {
      if (matchesAt(haystack, needle, position)) return position;
    }
  }
  return -1;
}

function bidirectionalIndexOf(buffer, value, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : buffer.length;
  byteOffset = Math.trunc(byteOffset);
  if (typeof value === 'number') {
    return searchBytes(buffer, Uint8Array.of((value >>> 0) & 255), byteOffset, forward, 1);
  }
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof value === 'string') {
    if (ops === undefined) throw ERR_UNKNOWN_ENCODING(encoding);
    return searchBytes(buffer, ops.encode(value), byteOffset, forward, ops.name === 'utf16le' ? 2 : 1);
  }
  if (isUint8Array(value)) {
    const step = ops !== undefined && ops.name === 'utf16le' ? 2 : 1;
    return searchBytes(buffer, value, byteOffset, forward, step);
  }
  throw ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

const proto = Buffer.prototype;

function defineMethods(target, methods) {
  for (const name of Object.keys(methods)) {
    Object.defineProperty(target, name, { value: methods[name], writable: true, enumerable: true, configurable: true });
  }
}

defineMethods(proto, {
  toString(encoding, start, end) {
    if (arguments.length === 0) return encodingOps.utf8.slice(this, 0, this.length);
    const length = this.length;
    if (start <= 0) start = 0;
    else if (start >= length) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > length) end = length;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    if (encoding === undefined) return encodingOps.utf8.slice(this, start, end);
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw ERR_UNKNOWN_ENCODING(encoding);
    return ops.slice(this, start, end);
  },

  equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) throw ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    if (this === otherBuffer) return true;
    if (this.byteLength !== otherBuffer.byteLength) return false;
    return compareBytes(this, 0, this.length, otherBuffer, 0, otherBuffer.length) === 0;
  },

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    if (arguments.length === 1) return compareBytes(this, 0, this.length, target, 0, target.length);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
  },

  copy(target, targetStart, sourceStart, sourceEnd) {
    if (!isUint8Array(this)) throw ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], this);
    if (!isUint8Array(target)) throw ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    if (targetStart === undefined) {
      targetStart = 0;
    } else {
      targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
      if (targetStart < 0) throw ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
    }
    if (sourceStart === undefined) {
      sourceStart = 0;
    } else {
      sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
      if (sourceStart < 0 || sourceStart > this.length) throw ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
    }
    if (sourceEnd === undefined) {
      sourceEnd = this.length;
    } else {
      sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
      if (sourceEnd < 0) throw ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
    }
    if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
    return copyBytes(this, target, targetStart, sourceStart, sourceEnd);
  },

  subarray(start, end) {
    const length = this.length;
    start = adjustOffset(start, length);
    end = end !== undefined ? adjustOffset(end, length) : length;
    return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
  },

  slice(start, end) {
    return this.subarray(start, end);
  },

  indexOf(value, byteOffset, encoding) {
    return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
  },

  lastIndexOf(value, byteOffset, encoding) {
    return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
  },

  includes(value, byteOffset, encoding) {
    return this.indexOf(value, byteOffset, encoding) !== -1;
  },

  fill(value, offset, end, encoding) {
    return fillBuffer(this, value, offset, end, encoding);
  },

  write(string, offset, length, encoding) {
    if (typeof string !== 'string') throw notAString();
    if (offset === undefined) return encodingOps.utf8.write(this, string, 0, this.length);
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    if (!encoding) return encodingOps.utf8.write(this, string, offset, length);
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw ERR_UNKNOWN_ENCODING(encoding);
    return ops.write(this, string, offset, length);
  },

  toJSON() {
    if (this.length > 0) {
      const data = new Array(this.length);
      for (let i = 0; i < this.length; ++i) data[i] = this[i];
      return { type: 'Buffer', data };
    }
    return { type: 'Buffer', data: [] };
  },

  toLocaleString(encoding, start, end) {
    return this.toString(encoding, start, end);
  },

  swap16() {
    const length = this.length;
    if (length % 2 !== 0) throw ERR_INVALID_BUFFER_SIZE('16-bits');
    for (let i = 0; i < length; i += 2) swapBytes(this, i, i + 1);
    return this;
  },

  swap32() {
    const length = this.length;
    if (length % 4 !== 0) throw ERR_INVALID_BUFFER_SIZE('32-bits');
    for (let i = 0; i < length; i += 4) {
      swapBytes(this, i, i + 3);
      swapBytes(this, i + 1, i + 2);
    }
    return this;
  },

  swap64() {
    const length = this.length;
    if (length % 8 !== 0) throw ERR_INVALID_BUFFER_SIZE('64-bits');
    for (let i = 0; i < length; i += 8) {
      swapBytes(this, i, i + 7);
      swapBytes(this, i + 1, i + 6);
      swapBytes(this, i + 2, i + 5);
      swapBytes(this, i + 3, i + 4);
    }
    return this;
  },
});

// The encoding-named methods node has on the prototype (buf.hexSlice, buf.utf8Write, ...).
for (const [prefix, ops] of [
  ['utf8', encodingOps.utf8],
  ['latin1', encodingOps.latin1],
  ['ascii', encodingOps.ascii],
  ['ucs2', encodingOps.utf16le],
  ['base64', encodingOps.base64],
  ['base64url', encodingOps.base64url],
  ['hex', encodingOps.hex],
]) {
  defineMethods(proto, {
    [`${prefix}Slice`](start = 0, end = this.length) {
      if (start < 0 || end > this.length || start > end) throw ERR_BUFFER_OUT_OF_BOUNDS();
      return ops.slice(this, start, end);
    },
    [`${prefix}Write`](string, offset = 0, length = this.length - offset) {
      if (typeof string !== 'string') throw notAString();
      if (offset < 0 || offset > this.length) throw ERR_BUFFER_OUT_OF_BOUNDS('offset');
      return ops.write(this, string, offset, Math.min(length, this.length - offset));
    },
  });
}

// The string writers of node's C++ side throw this shorter message.
function notAString() {
  return makeCodedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
}

function swapBytes(buf, a, b) {
  const byte = buf[a];
  buf[a] = buf[b];
  buf[b] = byte;
}

Object.defineProperty(proto, 'parent', {
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

installNumberMethods(proto);

// util.inspect(buffer) and console.log(buffer) print `<Buffer 68 69>` through this method.
const customInspect = Symbol.for('nodejs.util.inspect.custom');
Object.defineProperty(proto, customInspect, {
  writable: true,
  configurable: true,
  enumerable: false,
  value: function inspect(recurseTimes, context) {
    const shown = Math.min(INSPECT_MAX_BYTES, this.length);
    const remaining = this.length - INSPECT_MAX_BYTES;
    const hexText = encodingOps.hex.slice(this, 0, shown);
    let text = '';
    for (let i = 0; i < hexText.length; i += 2) text += (i === 0 ? '' : ' ') + hexText.slice(i, i + 2);
    if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (context) {
      const extras = Object.create(null);
      let hasExtras = false;
      const keys = context.showHidden ? Reflect.ownKeys(this) : Object.keys(this);
      for (const key of keys) {
        if (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key)) continue;
        if (!context.showHidden && !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
        hasExtras = true;
        extras[key] = this[key];
      }
      if (hasExtras) {
        if (this.length !== 0) text += ', ';
        text += native.inspect(extras, { ...context, breakLength: Infinity, compact: true }).slice(27, -2);
      }
    }
    return `<${this.constructor.name} ${text}>`;
  },
});

// Node also has the custom inspect method under a plain name.
Object.defineProperty(proto, 'inspect', { writable: true, configurable: true, enumerable: true, value: proto[customInspect] });

// transcode: the conversions node's ICU offers between utf8, utf16le, latin1 and ascii. Characters the
// target cannot hold become '?'.
const kTranscodable = new Set(['utf8', 'utf16le', 'latin1', 'ascii']);
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  if (!kTranscodable.has(from) || !kTranscodable.has(to)) {
    const error = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    error.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    error.errno = 1;
    throw error;
  }
  const text = encodingOps[from].slice(source, 0, source.length);
  if (to === 'utf8' || to === 'utf16le') return fromStringWith(text, encodingOps[to]);
  const limit = to === 'latin1' ? 0xff : 0x7f;
  let narrowed = '';
  for (const ch of text) narrowed += ch.codePointAt(0) > limit ? '?' : ch;
  return fromStringWith(narrowed, encodingOps.latin1);
}

// atob and btoa as node 20 has them (the WHATWG forgiving-base64 rules, DOMException errors).
const kBase64Characters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function atob(input) {
  if (arguments.length === 0) throw ERR_MISSING_ARGS('input');
  let text = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (text.length % 4 === 0) text = text.replace(/={1,2}$/, '');
  for (let i = 0; i < text.length; i++) {
    if (!kBase64Characters.includes(text[i])) throw new DOMException('Invalid character', 'InvalidCharacterError');
  }
  if (text.length % 4 === 1) throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  return Buffer.from(text, 'base64').toString('latin1');
}

function btoa(input) {
  if (arguments.length === 0) throw ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw new DOMException('Invalid character', 'InvalidCharacterError');
  }
  return Buffer.from(input, 'latin1').toString('base64');
}

function isUtf8(input) {
  if (!isArrayBufferView(input) && !isAnyArrayBuffer(input)) throw ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  const bytes = isAnyArrayBuffer(input) ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAscii(input) {
  if (!isArrayBufferView(input) && !isAnyArrayBuffer(input)) throw ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  const bytes = isAnyArrayBuffer(input) ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] > 0x7f) return false;
  }
  return true;
}

const exported = {
  Buffer,
  SlowBuffer,
  transcode,
  Blob,
  kMaxLength,
  kStringMaxLength,
  constants,
  atob,
  btoa,
  isUtf8,
  isAscii,
};
Object.defineProperty(exported, 'INSPECT_MAX_BYTES', {
  enumerable: true,
  configurable: true,
  get() {
    return INSPECT_MAX_BYTES;
  },
  set(value) {
    validateNumber(value, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = value;
  },
});
module.exports = exported;
