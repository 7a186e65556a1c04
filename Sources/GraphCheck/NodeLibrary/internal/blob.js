'use strict';
// The web's Blob as node's `buffer` module exports it: immutable bytes with a MIME type, read through
// promises. Not covered: stream() (there are no web streams in the library).
const native = require('cruft/native');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS } = require('./error-codes.js');

const { isAnyArrayBuffer, isArrayBufferView } = native.types;
const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8');
const kDisallowedTypeCharacters = /[^\u0020-\u007E]/;

function normalizeType(type) {
  const text = `${type}`;
  return kDisallowedTypeCharacters.test(text) ? '' : text.toLowerCase();
}

// Clamps a relative index the way Array.prototype.slice does.
function relativeIndex(index, size) {
  if (index < 0) return Math.max(size + index, 0);
  return Math.min(index, size);
}

let bytesOfBlob;

class Blob {
  #bytes;
  #type;

  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    const { type = '', endings = 'transparent' } = options || {};
    const ending = `${endings}`;
    if (ending !== 'transparent' && ending !== 'native') throw ERR_INVALID_ARG_VALUE('options.endings', endings);
    const parts = [];
    let size = 0;
    for (const source of sources) {
      let bytes;
      if (isAnyArrayBuffer(source)) bytes = new Uint8Array(source.slice(0));
      else if (isArrayBufferView(source)) bytes = new Uint8Array(source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength));
      else if (source instanceof Blob) bytes = source.#bytes;
      else bytes = utf8Encoder.encode(`${source}`);
      parts.push(bytes);
      size += bytes.length;
    }
    this.#bytes = new Uint8Array(size);
    let offset = 0;
    for (const part of parts) {
      this.#bytes.set(part, offset);
      offset += part.length;
    }
    this.#type = normalizeType(type);
  }

  static {
    bytesOfBlob = (blob) => {
      if (typeof blob !== 'object' || blob === null || !(#bytes in blob)) throw ERR_INVALID_THIS('Blob');
      return blob.#bytes;
    };
  }

  get type() {
    bytesOfBlob(this);
    return this.#type;
  }

  get size() {
    return bytesOfBlob(this).length;
  }

  slice(start = 0, end = undefined, contentType = '') {
    const bytes = bytesOfBlob(this);
    const from = relativeIndex(Math.trunc(start) || 0, bytes.length);
    const to = end === undefined ? bytes.length : relativeIndex(Math.trunc(end) || 0, bytes.length);
    const sliced = new Blob([bytes.subarray(from, Math.max(from, to))], { type: '' });
    sliced.#type = normalizeType(contentType);
    return sliced;
  }

  arrayBuffer() {
    try {
      return Promise.resolve(bytesOfBlob(this).slice().buffer);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  text() {
    try {
      return Promise.resolve(utf8Decoder.decode(bytesOfBlob(this)));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  bytes() {
    try {
      return Promise.resolve(bytesOfBlob(this).slice());
    } catch (error) {
      return Promise.reject(error);
    }
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    return `Blob ${native.inspect({ size: this.size, type: this.type }, { ...options, depth: options && options.depth == null ? null : options && options.depth - 1 })}`;
  }
}

for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes']) {
  const descriptor = Object.getOwnPropertyDescriptor(Blob.prototype, name);
  descriptor.enumerable = true;
  Object.defineProperty(Blob.prototype, name, descriptor);
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

module.exports = { Blob };
