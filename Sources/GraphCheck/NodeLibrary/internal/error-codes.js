'use strict';
// Node's coded errors (`err.code`, and `toString()` printing `Name [CODE]: message`) with node's messages,
// for the library modules buffer, string_decoder, querystring, url and punycode.
const native = require('cruft/native');

function makeCodedError(Base, code, message) {
  const error = new Base(message);
  Object.defineProperty(error, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(error, 'toString', {
    value: function toString() {
      return `${this.name} [${code}]: ${this.message}`;
    },
    enumerable: false,
    writable: true,
    configurable: true,
  });
  return error;
}

// The codes internal/errors.js defines are made there (one message text per code); these wrappers
// keep this file's factory form for the modules that throw them.
const { codes } = require('./errors.js');
const ERR_INVALID_ARG_TYPE = (name, expected, actual) => new codes.ERR_INVALID_ARG_TYPE(name, expected, actual);
const ERR_INVALID_ARG_VALUE = (name, value, reason) => new codes.ERR_INVALID_ARG_VALUE(name, value, reason);
const ERR_OUT_OF_RANGE = (name, range, input) => new codes.ERR_OUT_OF_RANGE(name, range, input);
const ERR_MISSING_ARGS = (...names) => new codes.ERR_MISSING_ARGS(...names);
const ERR_INVALID_THIS = (type) => new codes.ERR_INVALID_THIS(type);

function ERR_BUFFER_OUT_OF_BOUNDS(name) {
  const message = name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds';
  return makeCodedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', message);
}

function ERR_UNKNOWN_ENCODING(encoding) {
  return makeCodedError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
}

function ERR_INVALID_BUFFER_SIZE(size) {
  return makeCodedError(RangeError, 'ERR_INVALID_BUFFER_SIZE', `Buffer size must be a multiple of ${size}`);
}

function ERR_INVALID_URL(input, base) {
  const error = makeCodedError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  error.input = input;
  if (base !== undefined) error.base = base;
  return error;
}

function ERR_INVALID_URL_SCHEME(expected) {
  return makeCodedError(TypeError, 'ERR_INVALID_URL_SCHEME', `The URL must be of scheme ${expected}`);
}

function ERR_INVALID_FILE_URL_PATH(reason) {
  return makeCodedError(TypeError, 'ERR_INVALID_FILE_URL_PATH', `File URL path ${reason}`);
}

function ERR_INVALID_FILE_URL_HOST(platform) {
  return makeCodedError(TypeError, 'ERR_INVALID_FILE_URL_HOST', `File URL host must be "localhost" or empty on ${platform}`);
}

function ERR_ARG_NOT_ITERABLE(name) {
  return makeCodedError(TypeError, 'ERR_ARG_NOT_ITERABLE', `${name} must be iterable`);
}

function ERR_INVALID_TUPLE(name, expected) {
  return makeCodedError(TypeError, 'ERR_INVALID_TUPLE', `${name} must be an iterable ${expected} tuple`);
}

function ERR_INVALID_URI() {
  return makeCodedError(URIError, 'ERR_INVALID_URI', 'URI malformed');
}

// The web platform's DOMException as node throws it from atob/btoa (no DOMException global under cruft).
const kDOMExceptionCodes = { InvalidCharacterError: 5, SyntaxError: 12 };
class DOMException extends Error {
  constructor(message = '', name = 'Error') {
    super(message);
    Object.defineProperty(this, 'name', { value: name, enumerable: false, writable: true, configurable: true });
  }
  get code() {
    return kDOMExceptionCodes[this.name] || 0;
  }
}

// Node's argument checks, shared by the modules.
function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) || ((min != null || max != null) && Number.isNaN(value))) {
    const range = `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`;
    throw ERR_OUT_OF_RANGE(name, range, value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateObject(value, name) {
  if (value === null || Array.isArray(value) || typeof value !== 'object') throw ERR_INVALID_ARG_TYPE(name, 'Object', value);
}

module.exports = {
  makeCodedError,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE,
  ERR_BUFFER_OUT_OF_BOUNDS,
  ERR_UNKNOWN_ENCODING,
  ERR_INVALID_BUFFER_SIZE,
  ERR_MISSING_ARGS,
  ERR_INVALID_URL,
  ERR_INVALID_URL_SCHEME,
  ERR_INVALID_FILE_URL_PATH,
  ERR_INVALID_FILE_URL_HOST,
  ERR_INVALID_THIS,
  ERR_ARG_NOT_ITERABLE,
  ERR_INVALID_TUPLE,
  ERR_INVALID_URI,
  DOMException,
  validateNumber,
  validateInteger,
  validateString,
  validateObject,
};
