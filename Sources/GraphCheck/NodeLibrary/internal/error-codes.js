'use strict';
// Node's coded errors (`err.code`, and `toString()` printing `Name [CODE]: message`) with node's messages,
// for the library modules buffer, string_decoder, querystring, url and punycode.
const native = require('cruft/native');

const kPrimitiveTypeNames = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const kClassName = /^([A-Z][a-z0-9]*)+$/;

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

// How node names a received value at the end of an argument error.
function describeReceived(value) {
  if (value == null) return '' + value;
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return `an instance of ${value.constructor.name}`;
    return native.inspect(value, { depth: -1 });
  }
  let shown = native.inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}

function listWithOr(items) {
  if (items.length > 2) return `${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
  return items.join(' or ');
}

function invalidArgTypeMessage(name, expected, actual) {
  const expectedList = Array.isArray(expected) ? expected : [expected];
  let message = 'The ';
  if (name.endsWith(' argument')) message += `${name} `;
  else message += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  message += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expectedList) {
    if (kPrimitiveTypeNames.includes(value)) types.push(value.toLowerCase());
    else if (kClassName.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const objectPosition = types.indexOf('object');
    if (objectPosition !== -1) {
      types.splice(objectPosition, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    if (types.length > 2) message += `one of type ${listWithOr(types)}`;
    else if (types.length === 2) message += `one of type ${types[0]} or ${types[1]}`;
    else message += `of type ${types[0]}`;
    if (instances.length > 0 || other.length > 0) message += ' or ';
  }
  if (instances.length > 0) {
    message += `an instance of ${listWithOr(instances)}`;
    if (other.length > 0) message += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) message += `one of ${listWithOr(other)}`;
    else {
      if (other[0].toLowerCase() !== other[0]) message += 'an ';
      message += other[0];
    }
  }
  return `${message}. Received ${describeReceived(actual)}`;
}

// 1234567 -> "1_234_567", as node shows large numbers in range errors.
function withNumericSeparators(text) {
  let result = '';
  let end = text.length;
  const start = text[0] === '-' ? 1 : 0;
  for (; end >= start + 4; end -= 3) result = `_${text.slice(end - 3, end)}${result}`;
  return `${text.slice(0, end)}${result}`;
}

function ERR_INVALID_ARG_TYPE(name, expected, actual) {
  return makeCodedError(TypeError, 'ERR_INVALID_ARG_TYPE', invalidArgTypeMessage(name, expected, actual));
}

function ERR_INVALID_ARG_VALUE(name, value, reason = 'is invalid') {
  let shown = native.inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return makeCodedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' ${reason}. Received ${shown}`);
}

function ERR_OUT_OF_RANGE(name, range, input) {
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = withNumericSeparators(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = withNumericSeparators(received);
    received += 'n';
  } else {
    received = native.inspect(input);
  }
  return makeCodedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}

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

function ERR_MISSING_ARGS(...names) {
  const quoted = names.map((name) => `"${name}"`);
  let message = 'The ';
  if (quoted.length === 1) message += `${quoted[0]} argument`;
  else if (quoted.length === 2) message += `${quoted[0]} and ${quoted[1]} arguments`;
  else message += `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]} arguments`;
  return makeCodedError(TypeError, 'ERR_MISSING_ARGS', `${message} must be specified`);
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

function ERR_INVALID_THIS(type) {
  return makeCodedError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
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
