'use strict';
// node:util. Formatting and the brand checks are the VM's natives (cruft/native); the rest is
// written here with node 20's checks and error messages.

const native = require('cruft/native');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_FALSY_VALUE_REJECTION },
} = require('./internal/errors.js');
const { validateBoolean, validateFunction, validateString, validateObject } = require('./internal/validators.js');
const { isDeepStrictEqual } = require('./internal/comparisons.js');
const types = require('./util/types.js');
const { parseArgs } = require('./internal/util/parse_args.js');

// ---- inspect ----

// node's defaults; `inspect.defaultOptions = {...}` changes them for later inspect calls made
// through this module (the native's own format() keeps node's built-in defaults).
const inspectDefaults = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

function inspect(value, options) {
  const merged = Object.assign({}, inspectDefaults);
  // The legacy form inspect(value, showHidden, depth, colors).
  if (arguments.length >= 3) {
    if (arguments[2] !== undefined) merged.depth = arguments[2];
    if (arguments.length >= 4 && arguments[3] !== undefined) merged.colors = arguments[3];
  }
  if (typeof options === 'boolean') {
    merged.showHidden = options;
  } else if (options !== null && typeof options === 'object') {
    for (const key of Object.keys(options)) {
      if (Object.prototype.hasOwnProperty.call(inspectDefaults, key) || key === 'stylize') {
        merged[key] = options[key];
      }
    }
  }
  return native.inspect(value, merged);
}

inspect.custom = Symbol.for('nodejs.util.inspect.custom');

Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaults;
  },
  set(options) {
    validateObject(options, 'options');
    Object.assign(inspectDefaults, options);
  },
  enumerable: false,
  configurable: false,
});

// ANSI codes [open, close] by style name, as node lists them (colors are never printed under
// cruft, but packages read these tables).
const colors = Object.assign(Object.create(null), {
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
});

// Other names for some styles: non-enumerable, reading and writing the style they stand for.
const colorAliases = [
  ['grey', 'gray'],
  ['blackBright', 'gray'],
  ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'],
  ['faint', 'dim'],
  ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'],
  ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'],
  ['swapColors', 'inverse'],
  ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline'],
];
for (const [alias, target] of colorAliases) {
  Object.defineProperty(colors, alias, {
    get() {
      return this[target];
    },
    set(value) {
      Object.defineProperty(this, alias, { value, writable: true, enumerable: true, configurable: true });
    },
    enumerable: false,
    configurable: true,
  });
}

const styles = Object.assign(Object.create(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

inspect.colors = colors;
inspect.styles = styles;

// A node stream is told by its shape (cruft's library has no stream classes of its own).
function isNodeStream(value) {
  return Boolean(
    value &&
      (value._readableState ||
        value._writableState ||
        (typeof value.write === 'function' && typeof value.on === 'function') ||
        (typeof value.pipe === 'function' && typeof value.on === 'function')),
  );
}

function styleCodes(format) {
  const codes = colors[format];
  if (codes === null || codes === undefined) {
    const allowed = Object.keys(colors)
      .map((name) => `'${name}'`)
      .join(', ');
    throw new ERR_INVALID_ARG_VALUE('format', format, `must be one of: ${allowed}`);
  }
  return codes;
}

// node colours the text only when `stream` (default process.stdout) is a terminal, or when
// validateStream is false. The library cannot see the application's standard output (nor
// FORCE_COLOR), so without an explicit stream the text is returned unstyled, as node does when
// standard output is not a terminal. Like node 20, a list of formats is always applied.
function styleText(format, text, { validateStream = true, stream = undefined } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && stream !== undefined && !isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const escape = (code) => `\u001b[${code}m`;
  if (Array.isArray(format)) {
    let opening = '';
    let closing = '';
    for (const name of format) {
      const codes = styleCodes(name);
      opening += escape(codes[0]);
      closing = `${escape(codes[1])}${closing}`;
    }
    return `${opening}${text}${closing}`;
  }
  const codes = styleCodes(format);
  if (validateStream) {
    const colorize =
      stream !== undefined &&
      stream.isTTY &&
      (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
    if (!colorize) return text;
  }
  return `${escape(codes[0])}${text}${escape(codes[1])}`;
}

function format(...args) {
  return native.format(...args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', { allowArray: true });
  return native.formatWithOptions(inspectOptions, ...args);
}

// ---- inheritance and functions ----

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[promisifyCustom]) {
    const custom = original[promisifyCustom];
    validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, promisifyCustom, {
      value: custom,
      enumerable: false,
      writable: false,
      configurable: true,
    });
  }
  function promisified(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [
        ...args,
        (error, ...values) => {
          if (error) reject(error);
          else resolve(values[0]);
        },
      ]);
    });
  }
  Object.setPrototypeOf(promisified, Object.getPrototypeOf(original));
  Object.defineProperty(promisified, promisifyCustom, {
    value: promisified,
    enumerable: false,
    writable: false,
    configurable: true,
  });
  return Object.defineProperties(promisified, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = promisifyCustom;

// node calls the callback from process.nextTick; cruft has no nextTick in the library, so the
// callback runs in a promise job instead: it still runs after callbackified() returns, but an
// exception it throws becomes an unhandled rejection rather than an uncaught exception.
function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const lastArgument = args.pop();
    validateFunction(lastArgument, 'last argument');
    const callback = lastArgument.bind(this);
    Reflect.apply(original, this, args).then(
      (value) => callback(null, value),
      (reason) => {
        if (!reason) {
          const wrapped = new ERR_FALSY_VALUE_REJECTION();
          wrapped.reason = reason;
          reason = wrapped;
        }
        callback(reason);
      },
    );
  }
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (descriptors.name && typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  return Object.defineProperties(callbackified, descriptors);
}

// node prints a DeprecationWarning on the first call (synchronously with useEmitSync); a library
// module under cruft has no standard error to print to, so the returned function only calls
// through.
// eslint-disable-next-line no-unused-vars
function deprecate(fn, message, code, useEmitSync) {
  if (code !== undefined) validateString(code, 'code');
  function deprecated(...args) {
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// NODE_DEBUG cannot be read by the library, so every debug section is disabled.
function debuglog(section, callback) {
  function logger() {}
  Object.defineProperty(logger, 'enabled', {
    get() {
      return false;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---- strings ----

function toUSVString(input) {
  const text = `${input}`;
  let result = '';
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = index + 1 < text.length ? text.charCodeAt(index + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        result += text[index] + text[index + 1];
        index++;
      } else {
        result += '\ufffd';
      }
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      result += '\ufffd';
    } else {
      result += text[index];
    }
  }
  return result;
}

// Terminal control sequences: OSC strings (ESC ] ... ended by BEL, ESC \ or ST) and CSI sequences
// (ESC [ or the C1 CSI, parameters, one final byte).
const terminalSequence = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
    '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?' +
    '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
    '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nqrty=><~]))',
  'g',
);

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return str.replace(terminalSequence, '');
}

// ---- legacy type checks (deprecated in node, still exported by node 20) ----

function isBoolean(value) {
  return typeof value === 'boolean';
}
function isNull(value) {
  return value === null;
}
function isNullOrUndefined(value) {
  return value === null || value === undefined;
}
function isNumber(value) {
  return typeof value === 'number';
}
function isString(value) {
  return typeof value === 'string';
}
function isSymbol(value) {
  return typeof value === 'symbol';
}
function isUndefined(value) {
  return value === undefined;
}
function isObject(value) {
  return value !== null && typeof value === 'object';
}
function isFunction(value) {
  return typeof value === 'function';
}
function isPrimitive(value) {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}
function isError(value) {
  return Object.prototype.toString.call(value) === '[object Error]' || value instanceof Error;
}
function isBuffer(value) {
  return require('buffer').Buffer.isBuffer(value);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let index = keys.length;
  while (index--) target[keys[index]] = source[keys[index]];
  return target;
}

module.exports = {
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  parseArgs,
  promisify,
  stripVTControlCharacters,
  styleText,
  toUSVString,
  types,
  TextDecoder,
  TextEncoder,
};
