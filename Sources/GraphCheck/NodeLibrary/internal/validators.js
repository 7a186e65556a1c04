'use strict';
// Argument checks shared by the library modules; each throws node's error for a bad argument.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('./errors.js');

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

// Plain check of node's validateObject with its default options: null and arrays are refused.
function validateObject(value, name, { allowArray = false, allowFunction = false, nullable = false } = {}) {
  const acceptable =
    (nullable && value === null) ||
    (value !== null &&
      (typeof value === 'object' || (allowFunction && typeof value === 'function')) &&
      (allowArray || !Array.isArray(value)));
  if (!acceptable) throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
}

function validateNumber(value, name, min = undefined, max = undefined) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (
    (min !== undefined && value < min) ||
    (max !== undefined && value > max) ||
    ((min !== undefined || max !== undefined) && Number.isNaN(value))
  ) {
    let range;
    if (min !== undefined && max !== undefined) range = `>= ${min} && <= ${max}`;
    else if (min !== undefined) range = `>= ${min}`;
    else range = `<= ${max}`;
    throw new ERR_OUT_OF_RANGE(name, range, value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

// An AbortSignal is recognised by its shape: cruft has no AbortSignal global of its own.
function validateAbortSignal(signal, name) {
  if (
    signal !== undefined &&
    (signal === null || typeof signal !== 'object' || !('aborted' in signal))
  ) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

module.exports = {
  validateString,
  validateFunction,
  validateBoolean,
  validateObject,
  validateNumber,
  validateInteger,
  validateAbortSignal,
};
