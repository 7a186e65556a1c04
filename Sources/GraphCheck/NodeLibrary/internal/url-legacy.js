'use strict';
// Node's legacy URL API: url.parse, url.format of objects, url.resolve and Url.prototype.resolveObject.
const querystring = require('../querystring.js');
const { domainToASCII, FAILURE } = require('./url-parser.js');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL, ERR_INVALID_URI, validateString } = require('./error-codes.js');

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const kProtocolPattern = /^[a-z0-9.+-]+:/i;
const kPortPattern = /:[0-9]*$/;
const kHostPattern = /^\/\/[^@/]+@[^@/]+/;
const kSimplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const kHostnameMaxLength = 255;
const kForbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const kForbiddenHostCharsIPv6 = /[\0\t\n\r #%/<>?@\\^|]/;
// Protocols that can never have a hostname, and those that always have the "//".
const kHostlessProtocols = new Set(['javascript', 'javascript:']);
const kUnsafeProtocols = new Set(['javascript', 'javascript:']);
const kSlashedProtocols = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

// Characters url.parse escapes in whatever follows the host, even where encodeURIComponent would not.
const kAutoEscape = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };
function autoEscape(text) {
  return text.replace(/[\t\n\r "'<>\\^`{|}]/g, (ch) => kAutoEscape[ch]);
}

const kWhitespace = new Set([0x20, 0x09, 0x0d, 0x0a, 0x0c, 0xa0, 0xfeff]);

function isIPv6Hostname(hostname) {
  return hostname.charCodeAt(0) === 0x5b && hostname.charCodeAt(hostname.length - 1) === 0x5d;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

// The text between leading and trailing whitespace, with backslashes before the query or hash made slashes.
function trimAndFixSlashes(url) {
  let start = -1;
  let end = url.length;
  for (let i = 0; i < url.length; i++) {
    if (!kWhitespace.has(url.charCodeAt(i))) {
      start = i;
      break;
    }
  }
  if (start === -1) return { rest: '', hasHash: false, hasAt: false };
  while (end > start && kWhitespace.has(url.charCodeAt(end - 1))) end--;
  const trimmed = url.slice(start, end);
  let rest = '';
  let hasHash = false;
  let hasAt = false;
  let split = false;
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i];
    if (!split) {
      if (ch === '@') hasAt = true;
      else if (ch === '#') {
        hasHash = true;
        split = true;
      } else if (ch === '?') split = true;
      rest += ch === '\\' ? '/' : ch;
    } else {
      if (ch === '#') hasHash = true;
      rest += ch;
    }
  }
  return { rest, hasHash, hasAt };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { rest, hasHash, hasAt } = trimAndFixSlashes(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simplePath = kSimplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }

  let proto = kProtocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes;
  if (slashesDenoteHost || proto || kHostPattern.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && kHostlessProtocols.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!kHostlessProtocols.has(lowerProto) && (slashes || (proto && !kSlashedProtocols.has(proto)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!kUnsafeProtocols.has(lowerProto)) rest = autoEscape(rest);

  let questionIndex = -1;
  let hashIndex = -1;
  for (let i = 0; i < rest.length; i++) {
    const code = rest.charCodeAt(i);
    if (code === 0x23) {
      this.hash = rest.slice(i);
      hashIndex = i;
      break;
    } else if (code === 0x3f && questionIndex === -1) {
      questionIndex = i;
    }
  }
  if (questionIndex !== -1) {
    const queryEnd = hashIndex === -1 ? rest.length : hashIndex;
    this.search = rest.slice(questionIndex, queryEnd);
    this.query = rest.slice(questionIndex + 1, queryEnd);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }

  const pathEnd = questionIndex !== -1 && (hashIndex === -1 || questionIndex < hashIndex) ? questionIndex : hashIndex;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (kSlashedProtocols.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Takes auth, host, port and hostname off the front of `rest` into `result` and returns what follows them.
function parseAuthority(result, rest, url) {
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; i++) {
    switch (rest[i]) {
      case '\t':
      case '\n':
      case '\r':
      case ' ':
      case '"':
      case '%':
      case "'":
      case ';':
      case '<':
      case '>':
      case '\\':
      case '^':
      case '`':
      case '{':
      case '|':
      case '}':
        // Never allowed in a hostname (RFC 2396).
        if (nonHost === -1) nonHost = i;
        break;
      case '#':
      case '/':
      case '?':
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
        break;
      case '@':
        atSign = i;
        nonHost = -1;
        break;
    }
  }
  let start = 0;
  if (atSign !== -1) {
    result.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    result.host = rest.slice(start);
    rest = '';
  } else {
    result.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }
  result.parseHost();
  if (typeof result.hostname !== 'string') result.hostname = '';
  const hostname = result.hostname;
  const ipv6Hostname = isIPv6Hostname(hostname);
  if (!ipv6Hostname) {
    // Anything from a character that cannot be in a hostname on belongs to the path.
    for (let i = 0; i < hostname.length; i++) {
      const ch = hostname[i];
      if (ch === '/' || ch === '\\' || ch === '#' || ch === '?' || ch === ':') {
        result.hostname = hostname.slice(0, i);
        rest = `/${hostname.slice(i)}${rest}`;
        break;
      }
    }
  }
  if (result.hostname.length > kHostnameMaxLength) result.hostname = '';
  else result.hostname = result.hostname.toLowerCase();
  if (result.hostname !== '') {
    if (ipv6Hostname) {
      if (kForbiddenHostCharsIPv6.test(result.hostname)) throw ERR_INVALID_URL(url);
    } else {
      const ascii = domainToASCII(result.hostname);
      result.hostname = ascii === FAILURE ? '' : ascii;
      if (kForbiddenHostChars.test(result.hostname)) throw ERR_INVALID_URL(url);
    }
  }
  result.host = (result.hostname || '') + (result.port ? `:${result.port}` : '');
  if (ipv6Hostname) {
    result.hostname = result.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

// The characters url.format leaves unescaped in the auth part.
const kAuthUnescaped = /[A-Za-z0-9!'()*\-._~:]/;
function escapeAuth(auth) {
  let output = '';
  for (let i = 0; i < auth.length; i++) {
    const ch = auth[i];
    const code = auth.charCodeAt(i);
    if (code < 0x80) {
      output += kAuthUnescaped.test(ch) ? ch : `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
      continue;
    }
    let text = ch;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = auth.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) throw ERR_INVALID_URI();
      text += auth[++i];
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      throw ERR_INVALID_URI();
    }
    output += encodeURIComponent(text);
  }
  return output;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${escapeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hostname = this.hostname;
    host = auth + (hostname.includes(':') && !isIPv6Hostname(hostname) ? `[${hostname}]` : hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3a) protocol += ':';
  pathname = pathname.replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));
  if (this.slashes || kSlashedProtocols.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 0x2f) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 0x23) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 0x3f) search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function finish(result) {
  result.href = result.format();
  return result;
}

function setPathFromParts(result) {
  if (result.pathname !== null || result.search !== null) result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
}

// An auth part left inside the host of a protocol without slashes ("mailto:user@host").
function moveAuthOutOfHost(result) {
  const parts = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : null;
  if (parts) {
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }
  const result = new Url();
  for (const key of Object.keys(this)) result[key] = this[key];
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);

  // "//host/path" keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (kSlashedProtocols.has(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = '/';
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    if (!kSlashedProtocols.has(relative.protocol)) {
      for (const key of Object.keys(relative)) result[key] = relative[key];
      return finish(result);
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !kHostlessProtocols.has(relative.protocol)) {
      const relativePath = (relative.pathname || '').split('/');
      while (relativePath.length && !(relative.host = relativePath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relativePath[0] !== '') relativePath.unshift('');
      if (relativePath.length < 2) relativePath.unshift('');
      result.pathname = relativePath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    return finish(result);
  }

  const isSourceAbsolute = result.pathname && result.pathname.charAt(0) === '/';
  const isRelativeAbsolute = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbsolute = isRelativeAbsolute || isSourceAbsolute || (result.host && relative.pathname);
  const removeAllDots = mustEndAbsolute;
  let sourcePath = (result.pathname && result.pathname.split('/')) || [];
  const relativePath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !kSlashedProtocols.has(result.protocol);

  // Without slashes ("mailto:") the host is treated as the path's first segment while resolving.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (sourcePath[0] === '') sourcePath[0] = result.host;
      else sourcePath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relativePath[0] === '') relativePath[0] = relative.host;
        else relativePath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbsolute = mustEndAbsolute && (relativePath[0] === '' || sourcePath[0] === '');
  }

  if (isRelativeAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    sourcePath = relativePath;
  } else if (relativePath.length) {
    sourcePath.pop();
    sourcePath = sourcePath.concat(relativePath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    if (noLeadingSlashes) {
      result.hostname = result.host = sourcePath.shift();
      moveAuthOutOfHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPathFromParts(result);
    return finish(result);
  }

  if (!sourcePath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  let last = sourcePath.slice(-1)[0];
  const hasTrailingSlash = ((result.host || relative.host || sourcePath.length > 1) && (last === '.' || last === '..')) || last === '';
  // Drop "." segments and resolve ".." against the segment before; `up` counts those that went above the root.
  let up = 0;
  for (let i = sourcePath.length - 1; i >= 0; i--) {
    last = sourcePath[i];
    if (last === '.') {
      sourcePath.splice(i, 1);
    } else if (last === '..') {
      sourcePath.splice(i, 1);
      up++;
    } else if (up) {
      sourcePath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbsolute && !removeAllDots) {
    while (up--) sourcePath.unshift('..');
  }
  if (mustEndAbsolute && sourcePath[0] !== '' && (!sourcePath[0] || sourcePath[0].charAt(0) !== '/')) sourcePath.unshift('');
  if (hasTrailingSlash && sourcePath.join('/').slice(-1) !== '/') sourcePath.push('');
  const isAbsolute = sourcePath[0] === '' || (sourcePath[0] && sourcePath[0].charAt(0) === '/');
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : sourcePath.length ? sourcePath.shift() : '';
    moveAuthOutOfHost(result);
  }
  mustEndAbsolute = mustEndAbsolute || (result.host && sourcePath.length);
  if (mustEndAbsolute && !isAbsolute) sourcePath.unshift('');
  if (sourcePath.length > 0) {
    result.pathname = sourcePath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPathFromParts(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = kPortPattern.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function formatLegacyObject(urlObject) {
  if (typeof urlObject === 'string') urlObject = urlParse(urlObject);
  else if (typeof urlObject !== 'object' || urlObject === null) throw ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  return Url.prototype.format.call(urlObject);
}

module.exports = { Url, urlParse, urlResolve, urlResolveObject, formatLegacyObject };
