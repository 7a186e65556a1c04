'use strict';
// Node's `url` module: the WHATWG URL and URLSearchParams classes, the legacy url.parse/format/resolve API,
// and the file: URL helpers (POSIX paths).
const { URL, URLSearchParams, recordOfURL } = require('./internal/url-whatwg.js');
const { Url, urlParse, urlResolve, urlResolveObject, formatLegacyObject } = require('./internal/url-legacy.js');
const parser = require('./internal/url-parser.js');
const punycode = require('./punycode.js');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL_SCHEME, ERR_INVALID_FILE_URL_PATH, ERR_INVALID_FILE_URL_HOST, ERR_MISSING_ARGS, validateObject } = require('./internal/error-codes.js');

// Node names the platform in file URL errors; cruft's paths are POSIX paths.
const kPlatform = 'linux';

function isURL(value) {
  return Boolean(value && value.href && value.protocol && value.auth === undefined && value.path === undefined);
}

function urlFormat(urlObject, options) {
  if (urlObject instanceof URL) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    const record = parser.copyRecord(recordOfURL(urlObject));
    if (!fragment) record.fragment = null;
    if (unicode && record.host !== null) record.host = domainToUnicode(record.host);
    if (!search) record.query = null;
    if (!auth) {
      record.username = '';
      record.password = '';
    }
    return parser.serializeURL(record);
  }
  return formatLegacyObject(urlObject);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw ERR_MISSING_ARGS('domain');
  const host = parser.parseHost(`${domain}`, false);
  return host === parser.FAILURE ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw ERR_MISSING_ARGS('domain');
  const host = parser.parseHost(`${domain}`, false);
  if (host === parser.FAILURE) return '';
  return host
    .split('.')
    .map((label) => {
      if (!label.startsWith('xn--')) return label;
      try {
        return punycode.decode(label.slice(4));
      } catch {
        return label;
      }
    })
    .join('.');
}

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw ERR_INVALID_URL_SCHEME('file');
  if (path.hostname !== '') throw ERR_INVALID_FILE_URL_HOST(kPlatform);
  const pathname = path.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) throw ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
    }
  }
  return decodeURIComponent(pathname);
}

// POSIX path.resolve without a working directory: library code has none, so a relative path is taken
// from the root.
function resolvePosix(filepath) {
  const segments = [];
  for (const segment of filepath.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join('/')}`;
}

function encodePathChars(filepath) {
  return filepath.replace(/[%\\\n\r\t]/g, (ch) => ({ '%': '%25', '\\': '%5C', '\n': '%0A', '\r': '%0D', '\t': '%09' })[ch]);
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  let resolved = resolvePosix(filepath);
  // resolve drops a trailing slash, which a directory URL keeps.
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  const url = new URL('file://');
  url.pathname = encodePathChars(resolved);
  return url;
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
