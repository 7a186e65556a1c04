'use strict';
// Node's internal error classes (the ERR_* codes the library throws), with node's message texts.
// An instance is an ordinary TypeError/RangeError/Error: `e.name` is the base name, `e.code` the
// code, `e.constructor` the base constructor, and `String(e)` is "TypeError [CODE]: message".

const { inspect } = require('cruft/native');

const codes = {};

function defineError(code, Base, makeMessage) {
  class NodeError extends Base {
    constructor(...args) {
      super();
      this.code = code;
      Object.defineProperty(this, 'message', {
        value: makeMessage(...args),
        writable: true,
        enumerable: false,
        configurable: true,
      });
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  }
  // Node's errors answer `e.constructor === TypeError`.
  Object.defineProperty(NodeError.prototype, 'constructor', {
    value: Base,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  codes[code] = NodeError;
}

// How node's argument errors name a received value ("type number (1)", "an instance of Map").
function describeValue(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      return `type number (${Object.is(value, -0) ? '-0' : String(value)})`;
    case 'boolean':
      return `type boolean (${value})`;
    case 'symbol':
      return `type symbol (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) return `an instance of ${value.constructor.name}`;
      return inspect(value, { depth: -1 });
    case 'string': {
      const shown = value.length > 28 ? `${value.slice(0, 25)}...` : value;
      return `type string (${shown.includes("'") ? JSON.stringify(shown) : `'${shown}'`})`;
    }
    default: {
      let shown = inspect(value, { colors: false });
      if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
      return `type ${typeof value} (${shown})`;
    }
  }
}

const primitiveTypeNames = [
  'string',
  'function',
  'number',
  'object',
  'Function',
  'Object',
  'boolean',
  'bigint',
  'symbol',
];
const classNamePattern = /^([A-Z][a-z0-9]*)+$/;

function listWithOr(items, lead) {
  if (items.length > 2) {
    return `${lead}${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
  }
  if (items.length === 2) return `${lead}${items[0]} or ${items[1]}`;
  return `${lead}${items[0]}`;
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let message;
  if (name.endsWith(' argument')) {
    message = `The ${name} `;
  } else {
    message = `The "${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  message += 'must be ';

  const types = [];
  const instances = [];
  const others = [];
  for (const entry of expected) {
    if (primitiveTypeNames.includes(entry)) {
      types.push(entry.toLowerCase());
    } else if (classNamePattern.test(entry)) {
      instances.push(entry);
    } else {
      others.push(entry);
    }
  }
  // "object" next to class names reads better as the class "Object".
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }

  if (types.length > 0) {
    message += listWithOr(types, types.length > 1 ? 'one of type ' : 'of type ');
    if (instances.length > 0 || others.length > 0) message += ' or ';
  }
  if (instances.length > 0) {
    message += listWithOr(instances, 'an instance of ');
    if (others.length > 0) message += ' or ';
  }
  if (others.length > 0) {
    if (others.length > 1) {
      message += listWithOr(others, 'one of ');
    } else {
      if (others[0].toLowerCase() !== others[0]) message += 'an ';
      message += others[0];
    }
  }
  return `${message}. Received ${describeValue(actual)}`;
}

function addNumericalSeparator(text) {
  let result = '';
  let end = text.length;
  const start = text[0] === '-' ? 1 : 0;
  for (; end >= start + 4; end -= 3) {
    result = `_${text.slice(end - 3, end)}${result}`;
  }
  return `${text.slice(0, end)}${result}`;
}

defineError('ERR_INVALID_ARG_TYPE', TypeError, invalidArgTypeMessage);

defineError('ERR_INVALID_ARG_VALUE', TypeError, (name, value, reason = 'is invalid') => {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return `The ${kind} '${name}' ${reason}. Received ${shown}`;
});

defineError('ERR_OUT_OF_RANGE', RangeError, (name, range, input, replaceDefaultBoolean = false) => {
  let message = replaceDefaultBoolean ? name : `The value of "${name}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  message += ` It must be ${range}. Received ${received}`;
  return message;
});

defineError('ERR_UNHANDLED_ERROR', Error, (shown) => {
  const message = 'Unhandled error.';
  if (shown === undefined) return message;
  return `${message} (${shown})`;
});

defineError('ERR_INVALID_RETURN_VALUE', TypeError, (expected, name, value) => {
  return `Expected ${expected} to be returned from the "${name}" function but got ${describeValue(value)}.`;
});

defineError('ERR_INVALID_THIS', TypeError, (type) => `Value of "this" must be of type ${type}`);

defineError('ERR_MISSING_ARGS', TypeError, (...names) => {
  const quoted = names.map((name) =>
    Array.isArray(name) ? name.map((each) => `"${each}"`).join(' or ') : `"${name}"`,
  );
  let message = 'The ';
  if (quoted.length === 1) {
    message += `${quoted[0]} argument`;
  } else if (quoted.length === 2) {
    message += `${quoted[0]} and ${quoted[1]} arguments`;
  } else {
    message += `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]} arguments`;
  }
  return `${message} must be specified`;
});

defineError('ERR_FALSY_VALUE_REJECTION', Error, () => 'Promise was rejected with falsy value');

defineError('ERR_AMBIGUOUS_ARGUMENT', TypeError, (name, reason) => `The "${name}" argument is ambiguous. ${reason}`);

defineError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', TypeError, (message) => message);

defineError(
  'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  TypeError,
  (value) => `Unexpected argument '${value}'. This command does not take positional arguments`,
);

defineError('ERR_PARSE_ARGS_UNKNOWN_OPTION', TypeError, (option, allowPositionals) => {
  const hint = allowPositionals
    ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}`
    : '';
  return `Unknown option '${option}'${hint}`;
});

// The error an aborted operation rejects with (events.once with a signal).
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

module.exports = { codes, AbortError };
