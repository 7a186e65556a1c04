'use strict';
// The WHATWG URL and URLSearchParams classes of node's `url` module (also node's globals).
const native = require('cruft/native');
const parser = require('./url-parser.js');
const { ERR_INVALID_URL, ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_ARG_NOT_ITERABLE, ERR_INVALID_TUPLE } = require('./error-codes.js');

const { FAILURE, STATES, basicParse, serializeURL, serializePath, serializeOrigin, hasOpaquePath, percentEncodeString, percentDecodeToBytes, sets } = parser;
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const utf8KeepingBOM = new TextDecoder('utf-8', { ignoreBOM: true });

// Strings as WebIDL USVString: lone surrogates become U+FFFD.
function toUSVString(value) {
  const text = `${value}`;
  let result = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    if (code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    result += `${text.slice(start, i)}\ufffd`;
    start = i + 1;
  }
  return start === 0 ? text : result + text.slice(start);
}

// application/x-www-form-urlencoded parsing into a flat [name, value, name, value, ...] list.
function parseFormEncoded(input) {
  const list = [];
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const equals = sequence.indexOf('=');
    const name = equals === -1 ? sequence : sequence.slice(0, equals);
    const value = equals === -1 ? '' : sequence.slice(equals + 1);
    list.push(decodeFormComponent(name), decodeFormComponent(value));
  }
  return list;
}

function decodeFormComponent(text) {
  return utf8KeepingBOM.decode(percentDecodeToBytes(text.replace(/\+/g, ' ')));
}

function serializeFormEncoded(list) {
  let output = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) output += '&';
    output += `${percentEncodeString(list[i], sets.inFormSet, true)}=${percentEncodeString(list[i + 1], sets.inFormSet, true)}`;
  }
  return output;
}

const kIteratorKinds = { keys: 0, values: 1, entries: 2 };

// Set by the classes' static blocks: module-private access to their private state.
let attachParamsToURL;
let resetParamsFromQuery;
let listOfParams;
let updateQueryFromParams;
let recordOfURL;

class URLSearchParams {
  #list = [];
  // The URL whose query this object mirrors, or null.
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // Empty.
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null || typeof pair[Symbol.iterator] !== 'function') {
            throw ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const entry = Array.from(pair);
          if (entry.length !== 2) throw ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push(toUSVString(entry[0]), toUSVString(entry[1]));
        }
      } else {
        const positions = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
          if (descriptor === undefined || !descriptor.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          if (positions.has(name)) {
            this.#list[positions.get(name)] = value;
          } else {
            positions.set(name, this.#list.push(name, value) - 1);
          }
        }
      }
    } else {
      let text = toUSVString(init);
      if (text[0] === '?') text = text.slice(1);
      this.#list = parseFormEncoded(text);
    }
  }

  // Module-private access to the list, for URL and the iterators.
  static {
    attachParamsToURL = (params, url, query) => {
      params.#url = url;
      params.#list = query ? parseFormEncoded(query) : [];
    };
    resetParamsFromQuery = (params, query) => {
      params.#list = query ? parseFormEncoded(query) : [];
    };
    listOfParams = (params) => params.#list;
  }

  #update() {
    if (this.#url === null) return;
    updateQueryFromParams(this.#url, this.#list.length === 0 ? null : serializeFormEncoded(this.#list));
  }

  static #check(object) {
    if (typeof object !== 'object' || object === null || !(#list in object)) throw ERR_INVALID_THIS('URLSearchParams');
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw ERR_MISSING_ARGS('name');
    const key = toUSVString(name);
    const list = this.#list;
    if (value !== undefined) {
      const expected = toUSVString(value);
      for (let i = 0; i < list.length; ) {
        if (list[i] === key && list[i + 1] === expected) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length; ) {
        if (list[i] === key) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw ERR_MISSING_ARGS('name');
    const key = toUSVString(name);
    for (let i = 0; i < this.#list.length; i += 2) {
      if (this.#list[i] === key) return this.#list[i + 1];
    }
    return null;
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw ERR_MISSING_ARGS('name');
    const key = toUSVString(name);
    const values = [];
    for (let i = 0; i < this.#list.length; i += 2) {
      if (this.#list[i] === key) values.push(this.#list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw ERR_MISSING_ARGS('name');
    const key = toUSVString(name);
    const expected = value !== undefined ? toUSVString(value) : undefined;
    for (let i = 0; i < this.#list.length; i += 2) {
      if (this.#list[i] === key && (expected === undefined || this.#list[i + 1] === expected)) return true;
    }
    return false;
  }

  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw ERR_MISSING_ARGS('name', 'value');
    const key = toUSVString(name);
    const newValue = toUSVString(value);
    const list = this.#list;
    let found = false;
    for (let i = 0; i < list.length; ) {
      if (list[i] !== key) {
        i += 2;
      } else if (!found) {
        list[i + 1] = newValue;
        found = true;
        i += 2;
      } else {
        list.splice(i, 2);
      }
    }
    if (!found) list.push(key, newValue);
    this.#update();
  }

  sort() {
    URLSearchParams.#check(this);
    const pairs = [];
    for (let i = 0; i < this.#list.length; i += 2) pairs.push([this.#list[i], this.#list[i + 1]]);
    // Array.prototype.sort is stable; names compare by UTF-16 code units.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#list = pairs.flat();
    this.#update();
  }

  entries() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, kIteratorKinds.entries);
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    if (typeof callback !== 'function') throw ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    // The list is read afresh each round so that changes made by the callback are seen.
    for (let i = 0; i < this.#list.length; i += 2) {
      callback.call(thisArg, this.#list[i + 1], this.#list[i], this);
    }
  }

  keys() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, kIteratorKinds.keys);
  }

  values() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, kIteratorKinds.values);
  }

  toString() {
    URLSearchParams.#check(this);
    return serializeFormEncoded(this.#list);
  }

  [customInspect](recurseTimes, context) {
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return '[Object]';
    const options = { ...context };
    if (recurseTimes !== null && recurseTimes !== undefined) options.depth = recurseTimes - 1;
    const output = [];
    for (let i = 0; i < this.#list.length; i += 2) {
      output.push(`${native.inspect(this.#list[i], options)} => ${native.inspect(this.#list[i + 1], options)}`);
    }
    const length = output.reduce((total, item) => total + item.length + 2, -2);
    const breakLength = context && context.breakLength !== undefined ? context.breakLength : 80;
    if (length > breakLength) return `${this.constructor.name} {\n  ${output.join(',\n  ')} }`;
    if (output.length) return `${this.constructor.name} { ${output.join(', ')} }`;
    return `${this.constructor.name} {}`;
  }
}

const kIteratorState = new WeakMap();
const URLSearchParamsIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
function URLSearchParamsIterator(params, kind) {
  const iterator = Object.create(URLSearchParamsIteratorPrototype);
  kIteratorState.set(iterator, { params, kind, index: 0 });
  return iterator;
}
Object.defineProperty(URLSearchParamsIteratorPrototype, 'next', {
  writable: true,
  configurable: true,
  enumerable: true,
  value: function next() {
    const state = kIteratorState.get(this);
    if (state === undefined) throw ERR_INVALID_THIS('URLSearchParamsIterator');
    const list = listOfParams(state.params);
    if (state.index >= list.length) return { value: undefined, done: true };
    const name = list[state.index];
    const value = list[state.index + 1];
    state.index += 2;
    if (state.kind === kIteratorKinds.keys) return { value: name, done: false };
    if (state.kind === kIteratorKinds.values) return { value, done: false };
    return { value: [name, value], done: false };
  },
});
Object.defineProperty(URLSearchParamsIteratorPrototype, Symbol.toStringTag, { value: 'URLSearchParams Iterator', configurable: true });
Object.defineProperty(URLSearchParamsIteratorPrototype, customInspect, {
  writable: true,
  configurable: true,
  value: function inspect(recurseTimes, context) {
    const state = kIteratorState.get(this);
    const list = listOfParams(state.params);
    const items = [];
    for (let i = state.index; i < list.length; i += 2) {
      if (state.kind === kIteratorKinds.keys) items.push(native.inspect(list[i], context));
      else if (state.kind === kIteratorKinds.values) items.push(native.inspect(list[i + 1], context));
      else items.push(native.inspect([list[i], list[i + 1]], context));
    }
    return items.length ? `URLSearchParams Iterator { ${items.join(', ')} }` : 'URLSearchParams Iterator {  }';
  },
});
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  writable: true,
  configurable: true,
  value: URLSearchParams.prototype.entries,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

// Setters that cannot apply to a URL without a host (or to file: URLs) leave it unchanged.
function cannotHaveCredentialsOrPort(record) {
  return record.host === null || record.host === '' || record.scheme === 'file';
}

// The newer URL Standard drops trailing spaces from an opaque path once the query and fragment are gone.
function stripTrailingSpacesFromOpaquePath(record) {
  if (!hasOpaquePath(record) || record.fragment !== null || record.query !== null) return;
  record.path = record.path.replace(/ +$/, '');
}

function parseOrThrow(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicParse(toUSVString(base));
    if (baseRecord === FAILURE) throw ERR_INVALID_URL(input, `${base}`);
  }
  const record = basicParse(input, baseRecord);
  if (record === FAILURE) throw ERR_INVALID_URL(input, base === undefined ? undefined : `${base}`);
  return record;
}

class URL {
  #record;
  #searchParams;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('url');
    this.#record = parseOrThrow(toUSVString(input), base);
    this.#searchParams = new URLSearchParams();
    attachParamsToURL(this.#searchParams, this, this.#record.query);
  }

  static {
    updateQueryFromParams = (url, query) => {
      url.#record.query = query;
      if (query === null) stripTrailingSpacesFromOpaquePath(url.#record);
    };
    recordOfURL = (url) => {
      URL.#check(url);
      return url.#record;
    };
  }

  static #check(object) {
    if (typeof object !== 'object' || object === null || !(#record in object)) throw ERR_INVALID_THIS('URL');
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('url');
    try {
      parseOrThrow(toUSVString(url), base);
      return true;
    } catch {
      return false;
    }
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('url');
    try {
      return new URL(url, base);
    } catch {
      return null;
    }
  }

  toString() {
    URL.#check(this);
    return serializeURL(this.#record);
  }

  get href() {
    URL.#check(this);
    return serializeURL(this.#record);
  }

  set href(value) {
    URL.#check(this);
    const input = toUSVString(value);
    const record = basicParse(input);
    if (record === FAILURE) throw ERR_INVALID_URL(input);
    this.#record = record;
    resetParamsFromQuery(this.#searchParams, record.query);
  }

  get origin() {
    URL.#check(this);
    return serializeOrigin(this.#record);
  }

  get protocol() {
    URL.#check(this);
    return `${this.#record.scheme}:`;
  }

  set protocol(value) {
    URL.#check(this);
    this.#edit(`${toUSVString(value)}:`, STATES.SCHEME_START);
  }

  get username() {
    URL.#check(this);
    return this.#record.username;
  }

  set username(value) {
    URL.#check(this);
    if (cannotHaveCredentialsOrPort(this.#record)) return;
    this.#record.username = percentEncodeString(toUSVString(value), sets.inUserinfoSet);
  }

  get password() {
    URL.#check(this);
    return this.#record.password;
  }

  set password(value) {
    URL.#check(this);
    if (cannotHaveCredentialsOrPort(this.#record)) return;
    this.#record.password = percentEncodeString(toUSVString(value), sets.inUserinfoSet);
  }

  get host() {
    URL.#check(this);
    const record = this.#record;
    if (record.host === null) return '';
    return record.port === null ? record.host : `${record.host}:${record.port}`;
  }

  set host(value) {
    URL.#check(this);
    if (hasOpaquePath(this.#record)) return;
    this.#edit(toUSVString(value), STATES.HOST);
  }

  get hostname() {
    URL.#check(this);
    return this.#record.host === null ? '' : this.#record.host;
  }

  set hostname(value) {
    URL.#check(this);
    if (hasOpaquePath(this.#record)) return;
    this.#edit(toUSVString(value), STATES.HOSTNAME);
  }

  get port() {
    URL.#check(this);
    return this.#record.port === null ? '' : String(this.#record.port);
  }

  set port(value) {
    URL.#check(this);
    if (cannotHaveCredentialsOrPort(this.#record)) return;
    // Tabs and newlines are dropped before the value is looked at, so "\t" clears the port too.
    const text = toUSVString(value).replace(/[\t\n\r]/g, '');
    if (text === '') this.#record.port = null;
    else this.#edit(text, STATES.PORT);
  }

  get pathname() {
    URL.#check(this);
    return serializePath(this.#record);
  }

  set pathname(value) {
    URL.#check(this);
    if (hasOpaquePath(this.#record)) return;
    const saved = this.#record.path;
    this.#record.path = [];
    if (basicParse(toUSVString(value), null, this.#record, STATES.PATH_START) === FAILURE) this.#record.path = saved;
  }

  get search() {
    URL.#check(this);
    const query = this.#record.query;
    return query === null || query === '' ? '' : `?${query}`;
  }

  set search(value) {
    URL.#check(this);
    const record = this.#record;
    let text = toUSVString(value);
    if (text === '') {
      record.query = null;
      resetParamsFromQuery(this.#searchParams, null);
      stripTrailingSpacesFromOpaquePath(record);
      return;
    }
    if (text[0] === '?') text = text.slice(1);
    record.query = '';
    basicParse(text, null, record, STATES.QUERY);
    resetParamsFromQuery(this.#searchParams, record.query);
  }

  get searchParams() {
    URL.#check(this);
    return this.#searchParams;
  }

  get hash() {
    URL.#check(this);
    const fragment = this.#record.fragment;
    return fragment === null || fragment === '' ? '' : `#${fragment}`;
  }

  set hash(value) {
    URL.#check(this);
    const record = this.#record;
    let text = toUSVString(value);
    if (text === '') {
      record.fragment = null;
      stripTrailingSpacesFromOpaquePath(record);
      return;
    }
    if (text[0] === '#') text = text.slice(1);
    record.fragment = '';
    basicParse(text, null, record, STATES.FRAGMENT);
  }

  toJSON() {
    URL.#check(this);
    return serializeURL(this.#record);
  }

  // Runs the parser on the URL itself, as a setter with a state override. As in the standard, what it
  // changed before a failure stays changed ("example.com:99999" still sets the host).
  #edit(input, state) {
    basicParse(input, null, this.#record, state);
  }

  [customInspect](depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    const shown = {};
    for (const key of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash']) {
      shown[key] = this[key];
    }
    return `${this.constructor.name} ${native.inspect(shown, options)}`;
  }
}

// Node's URL.prototype has its accessors and methods enumerable, as WebIDL attributes are.
for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  const descriptor = Object.getOwnPropertyDescriptor(URL.prototype, name);
  descriptor.enumerable = true;
  Object.defineProperty(URL.prototype, name, descriptor);
}
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']) {
  const descriptor = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, name);
  descriptor.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, name, descriptor);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

module.exports = { URL, URLSearchParams, toUSVString, recordOfURL };
