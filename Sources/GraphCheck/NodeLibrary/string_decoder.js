'use strict';
// Node's `string_decoder` module: decodes a stream of byte chunks to text, holding back a character that
// a chunk boundary cuts (UTF-8, UTF-16LE) or bytes that do not yet make a base64 group.
const { Buffer } = require('buffer');
const { normalizeEncoding } = require('./internal/buffer-encodings.js');
const { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING } = require('./internal/error-codes.js');

const kState = Symbol('kState');

function checkedEncoding(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw ERR_UNKNOWN_ENCODING(encoding);
  return normalized;
}

function bytesOf(view) {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function decodeBytes(bytes, encoding) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString(encoding);
}

// How many bytes at the end of `data` begin a UTF-8 character that is not complete yet, and how many
// bytes it still needs; node looks back at most three bytes from the end of the chunk.
function incompleteUtf8Tail(data) {
  let buffered = 0;
  for (let i = data.length - 1; i >= 0; i--) {
    buffered++;
    const byte = data[i];
    if ((byte & 0xc0) === 0x80) {
      if (buffered >= 4 || i === 0) return { buffered: 0, missing: 0 };
      continue;
    }
    let length;
    if ((byte & 0xe0) === 0xc0) length = 2;
    else if ((byte & 0xf0) === 0xe0) length = 3;
    else if ((byte & 0xf8) === 0xf0) length = 4;
    else return { buffered: 0, missing: 0 };
    if (buffered >= length) return { buffered: 0, missing: 0 };
    return { buffered, missing: length - buffered };
  }
  return { buffered: 0, missing: 0 };
}

class StringDecoder {
  constructor(encoding) {
    this.encoding = checkedEncoding(encoding);
    // The held-back bytes (at most 4), how many there are and how many more the character needs.
    this[kState] = { pending: Buffer.alloc(4), buffered: 0, missing: 0 };
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) throw ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    let data = bytesOf(buf);
    const state = this[kState];
    const encoding = this.encoding;
    let prefix = '';

    if (state.missing > 0) {
      let take = Math.min(state.missing, data.length);
      if (encoding === 'utf8') {
        // A byte that is not a continuation byte ends the held-back character early.
        for (let i = 0; i < take; i++) {
          if ((data[i] & 0xc0) !== 0x80) {
            take = i;
            state.missing = take;
            break;
          }
        }
      }
      state.pending.set(data.subarray(0, take), state.buffered);
      state.buffered += take;
      state.missing -= take;
      data = data.subarray(take);
      if (state.missing > 0) return '';
      const held = state.pending.subarray(0, state.buffered);
      state.buffered = 0;
      prefix = decodeBytes(held, encoding);
    }
    if (data.length === 0) return prefix;

    let tail = 0;
    let missing = 0;
    if (encoding === 'utf8') {
      ({ buffered: tail, missing } = incompleteUtf8Tail(data));
    } else if (encoding === 'utf16le') {
      tail = data.length % 2;
      missing = tail;
      // A lead surrogate at the end waits for its trail surrogate.
      if (tail === 0 && isHighSurrogateAt(data, data.length - 2)) {
        tail = 2;
        missing = 2;
      }
    } else if (encoding === 'base64' || encoding === 'base64url') {
      tail = data.length % 3;
      missing = tail === 0 ? 0 : 3 - tail;
    }
    if (tail > 0) {
      state.pending.set(data.subarray(data.length - tail));
      state.buffered = tail;
      state.missing = missing;
      data = data.subarray(0, data.length - tail);
    }
    return prefix + (data.length ? decodeBytes(data, encoding) : '');
  }

  end(buf) {
    let result = '';
    if (buf !== undefined) result = this.write(buf);
    const state = this[kState];
    if (state.buffered > 0) {
      const held = state.pending.subarray(0, state.buffered);
      if (this.encoding === 'utf16le') result += decodeBytes(held.subarray(0, held.length - (held.length % 2)), 'utf16le');
      else result += decodeBytes(held, this.encoding);
    }
    state.buffered = 0;
    state.missing = 0;
    return result;
  }

  text(buf, offset) {
    this[kState].buffered = 0;
    this[kState].missing = 0;
    return this.write(buf.slice(offset));
  }

  get lastChar() {
    return this[kState].pending;
  }

  get lastNeed() {
    return this[kState].missing;
  }

  get lastTotal() {
    return this[kState].buffered + this[kState].missing;
  }
}

function isHighSurrogateAt(bytes, index) {
  if (index < 0) return false;
  const high = bytes[index + 1];
  return high >= 0xd8 && high <= 0xdb;
}

module.exports = { StringDecoder };
