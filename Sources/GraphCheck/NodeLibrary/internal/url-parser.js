'use strict';
// The WHATWG URL Standard's basic URL parser, host parser and serializer (https://url.spec.whatwg.org/).
// A URL record is { scheme, username, password, host, port, path, query, fragment }: host is null or the
// serialized host, port null or a number, path an array of segments or (opaque path) a string.
const punycode = require('../punycode.js');

const FAILURE = Symbol('failure');

const kSpecialPorts = { 'ftp:': 21, 'file:': null, 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };
function isSpecialScheme(scheme) {
  return Object.prototype.hasOwnProperty.call(kSpecialPorts, `${scheme}:`);
}
function defaultPort(scheme) {
  const port = kSpecialPorts[`${scheme}:`];
  return port === undefined ? null : port;
}

// Percent-encode sets, as predicates over code points.
const inC0Control = (c) => c < 0x20 || c > 0x7e;
const inFragmentSet = (c) => inC0Control(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
const inQuerySet = (c) => inC0Control(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
const inSpecialQuerySet = (c) => inQuerySet(c) || c === 0x27;
const inPathSet = (c) => inQuerySet(c) || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d;
const inUserinfoSet = (c) => inPathSet(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 || (c >= 0x5b && c <= 0x5e) || c === 0x7c;
const inComponentSet = (c) => inUserinfoSet(c) || (c >= 0x24 && c <= 0x26) || c === 0x2b || c === 0x2c;
const inFormSet = (c) => inComponentSet(c) || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7e;

const encoder = new TextEncoder();
const hexDigits = '0123456789ABCDEF';

const asciiCharacters = [];
for (let c = 0; c < 128; c++) asciiCharacters.push(String.fromCharCode(c));

function percentEncodeCodePoint(c, inSet) {
  if (!inSet(c)) return c < 128 ? asciiCharacters[c] : String.fromCodePoint(c);
  let result = '';
  for (const byte of encoder.encode(String.fromCodePoint(c))) result += `%${hexDigits[byte >> 4]}${hexDigits[byte & 15]}`;
  return result;
}

function percentEncodeString(text, inSet, spaceAsPlus = false) {
  let result = '';
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (spaceAsPlus && c === 0x20) result += '+';
    else result += percentEncodeCodePoint(c, inSet);
  }
  return result;
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// Percent-decodes the UTF-8 bytes of a string.
function percentDecodeToBytes(text) {
  const bytes = encoder.encode(text);
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 0x25 && i + 2 < bytes.length && hexValue(bytes[i + 1]) >= 0 && hexValue(bytes[i + 2]) >= 0) {
      out[length++] = hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2]);
      i += 2;
    } else {
      out[length++] = byte;
    }
  }
  return out.subarray(0, length);
}

const utf8Decoder = new TextDecoder('utf-8');
function percentDecodeString(text) {
  return utf8Decoder.decode(percentDecodeToBytes(text));
}

const isAsciiDigit = (c) => c >= 0x30 && c <= 0x39;
const isAsciiAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiAlphanumeric = (c) => isAsciiDigit(c) || isAsciiAlpha(c);
const isAsciiHexDigit = (c) => hexValue(c) >= 0;

const kForbiddenHost = new Set([0x00, 0x09, 0x0a, 0x0d, 0x20, 0x23, 0x2f, 0x3a, 0x3c, 0x3e, 0x3f, 0x40, 0x5b, 0x5c, 0x5d, 0x5e, 0x7c]);
const isForbiddenHostCodePoint = (c) => kForbiddenHost.has(c);
const isForbiddenDomainCodePoint = (c) => isForbiddenHostCodePoint(c) || c <= 0x1f || c === 0x25 || c === 0x7f;

// IPv4: each part decimal, octal (leading 0) or hex (0x); the last part fills the remaining bytes.
function parseIPv4Number(text) {
  if (text === '') return FAILURE;
  let radix = 10;
  if (text.length >= 2 && (text.startsWith('0x') || text.startsWith('0X'))) {
    text = text.slice(2);
    radix = 16;
  } else if (text.length >= 2 && text[0] === '0') {
    text = text.slice(1);
    radix = 8;
  }
  if (text === '') return 0;
  const valid = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!valid.test(text)) return FAILURE;
  return parseInt(text, radix);
}

function endsInANumber(text) {
  const parts = text.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return parseIPv4Number(last) !== FAILURE;
}

function parseIPv4(text) {
  const parts = text.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return FAILURE;
  const numbers = [];
  for (const part of parts) {
    const value = parseIPv4Number(part);
    if (value === FAILURE) return FAILURE;
    numbers.push(value);
  }
  for (let i = 0; i < numbers.length - 1; i++) {
    if (numbers[i] > 255) return FAILURE;
  }
  if (numbers[numbers.length - 1] >= 256 ** (5 - numbers.length)) return FAILURE;
  let address = numbers[numbers.length - 1];
  for (let i = 0; i < numbers.length - 1; i++) address += numbers[i] * 256 ** (3 - i);
  return address;
}

function serializeIPv4(address) {
  const octets = [];
  for (let i = 0; i < 4; i++) {
    octets.unshift(String(address % 256));
    address = Math.floor(address / 256);
  }
  return octets.join('.');
}

function parseIPv6(text) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  const cps = Array.from(text, (ch) => ch.codePointAt(0));
  let p = 0;
  if (cps[p] === 0x3a) {
    if (cps[p + 1] !== 0x3a) return FAILURE;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (cps[p] !== undefined) {
    if (pieceIndex === 8) return FAILURE;
    if (cps[p] === 0x3a) {
      if (compress !== null) return FAILURE;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && cps[p] !== undefined && isAsciiHexDigit(cps[p])) {
      value = value * 16 + hexValue(cps[p]);
      p++;
      length++;
    }
    if (cps[p] === 0x2e) {
      if (length === 0) return FAILURE;
      p -= length;
      if (pieceIndex > 6) return FAILURE;
      let numbersSeen = 0;
      while (cps[p] !== undefined) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (cps[p] === 0x2e && numbersSeen < 4) p++;
          else return FAILURE;
        }
        if (cps[p] === undefined || !isAsciiDigit(cps[p])) return FAILURE;
        while (cps[p] !== undefined && isAsciiDigit(cps[p])) {
          const digit = cps[p] - 0x30;
          if (ipv4Piece === null) ipv4Piece = digit;
          else if (ipv4Piece === 0) return FAILURE;
          else ipv4Piece = ipv4Piece * 10 + digit;
          if (ipv4Piece > 255) return FAILURE;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return FAILURE;
      break;
    } else if (cps[p] === 0x3a) {
      p++;
      if (cps[p] === undefined) return FAILURE;
    } else if (cps[p] !== undefined) {
      return FAILURE;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const moved = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[pieceIndex];
      address[pieceIndex] = moved;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return FAILURE;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is written as "::".
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let end = i;
    while (end < 8 && address[end] === 0) end++;
    if (end - i > bestLength) {
      bestStart = i;
      bestLength = end - i;
    }
    i = end;
  }
  let output = '';
  let ignoreZero = false;
  for (let i = 0; i < 8; i++) {
    if (ignoreZero && address[i] === 0) continue;
    ignoreZero = false;
    if (bestStart === i) {
      output += i === 0 ? '::' : ':';
      ignoreZero = true;
      continue;
    }
    output += address[i].toString(16);
    if (i !== 7) output += ':';
  }
  return `[${output}]`;
}

// UTS 46 processing, simplified: compatibility mapping (NFKC), lowercasing, ideographic full stops and
// ignorable characters, then Punycode for non-ASCII labels. Not covered: the full IDNA mapping table
// and its disallowed code points, CheckBidi and CheckJoiners.
const kIgnoredInDomains = /[\u00ad\u034f\u180b-\u180d\u200b\u2060\ufe00-\ufe0f\ufeff]/g;
function domainToASCII(domain) {
  let mapped = domain.replace(kIgnoredInDomains, '');
  if (/[^\x00-\x7f]/.test(mapped)) {
    mapped = mapped.normalize('NFKC');
  }
  mapped = mapped.toLowerCase().replace(/[\u3002\uff0e\uff61]/g, '.');
  const labels = mapped.split('.');
  const result = [];
  for (const label of labels) {
    if (label.startsWith('xn--')) {
      try {
        const decoded = punycode.decode(label.slice(4));
        if (decoded === '' || /^[\x00-\x7f]*$/.test(decoded) || decoded.normalize('NFC') !== decoded) return FAILURE;
      } catch {
        return FAILURE;
      }
      result.push(label);
    } else if (/[^\x00-\x7f]/.test(label)) {
      try {
        result.push(`xn--${punycode.encode(label)}`);
      } catch {
        return FAILURE;
      }
    } else {
      result.push(label);
    }
  }
  const ascii = result.join('.');
  if (ascii === '') return FAILURE;
  return ascii;
}

function parseOpaqueHost(text) {
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c !== 0x25 && isForbiddenHostCodePoint(c)) return FAILURE;
  }
  return percentEncodeString(text, inC0Control);
}

function parseHost(text, isOpaque) {
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) return FAILURE;
    const address = parseIPv6(text.slice(1, -1));
    return address === FAILURE ? FAILURE : serializeIPv6(address);
  }
  if (isOpaque) return parseOpaqueHost(text);
  const domain = percentDecodeString(text);
  const asciiDomain = domainToASCII(domain);
  if (asciiDomain === FAILURE) return FAILURE;
  for (let i = 0; i < asciiDomain.length; i++) {
    if (isForbiddenDomainCodePoint(asciiDomain.charCodeAt(i))) return FAILURE;
  }
  if (endsInANumber(asciiDomain)) {
    const address = parseIPv4(asciiDomain);
    return address === FAILURE ? FAILURE : serializeIPv4(address);
  }
  return asciiDomain;
}

const isWindowsDriveLetter = (text) => text.length === 2 && isAsciiAlpha(text.charCodeAt(0)) && (text[1] === ':' || text[1] === '|');
const isNormalizedWindowsDriveLetter = (text) => text.length === 2 && isAsciiAlpha(text.charCodeAt(0)) && text[1] === ':';
function startsWithWindowsDriveLetter(cps, p) {
  if (cps.length - p < 2) return false;
  if (!isAsciiAlpha(cps[p]) || (cps[p + 1] !== 0x3a && cps[p + 1] !== 0x7c)) return false;
  if (cps.length - p === 2) return true;
  const third = cps[p + 2];
  return third === 0x2f || third === 0x5c || third === 0x3f || third === 0x23;
}
const isSingleDot = (text) => text === '.' || text.toLowerCase() === '%2e';
const isDoubleDot = (text) => {
  const lower = text.toLowerCase();
  return lower === '..' || lower === '.%2e' || lower === '%2e.' || lower === '%2e%2e';
};

function shortenPath(url) {
  if (url.scheme === 'file' && url.path.length === 1 && isNormalizedWindowsDriveLetter(url.path[0])) return;
  url.path.pop();
}

const hasOpaquePath = (url) => typeof url.path === 'string';
const includesCredentials = (url) => url.username !== '' || url.password !== '';

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
}

function copyRecord(url) {
  return { ...url, path: hasOpaquePath(url) ? url.path : url.path.slice() };
}

const S = {
  SCHEME_START: 1, SCHEME: 2, NO_SCHEME: 3, SPECIAL_RELATIVE_OR_AUTHORITY: 4, PATH_OR_AUTHORITY: 5, RELATIVE: 6,
  RELATIVE_SLASH: 7, SPECIAL_AUTHORITY_SLASHES: 8, SPECIAL_AUTHORITY_IGNORE_SLASHES: 9, AUTHORITY: 10, HOST: 11,
  HOSTNAME: 12, PORT: 13, FILE: 14, FILE_SLASH: 15, FILE_HOST: 16, PATH_START: 17, PATH: 18, OPAQUE_PATH: 19,
  QUERY: 20, FRAGMENT: 21,
};

// The basic URL parser. With `url` and `stateOverride` it runs as the setters do: it edits `url` in place
// and returns FAILURE or undefined.
function basicParse(input, base, url, stateOverride) {
  if (!url) {
    url = newRecord();
    input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  let state = stateOverride || S.SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const cps = Array.from(input, (ch) => ch.codePointAt(0));
  // Whether url's scheme is special, recomputed only when the scheme changes.
  let schemeSeen = null;
  let schemeIsSpecial = false;
  const special = () => {
    if (url.scheme !== schemeSeen) {
      schemeSeen = url.scheme;
      schemeIsSpecial = isSpecialScheme(schemeSeen);
    }
    return schemeIsSpecial;
  };
  for (let p = 0; p <= cps.length; p++) {
    const c = cps[p];
    const eof = c === undefined;
    switch (state) {
      case S.SCHEME_START:
        if (!eof && isAsciiAlpha(c)) {
          buffer += String.fromCharCode(c).toLowerCase();
          state = S.SCHEME;
        } else if (!stateOverride) {
          state = S.NO_SCHEME;
          p--;
        } else {
          return FAILURE;
        }
        break;
      case S.SCHEME:
        if (!eof && (isAsciiAlphanumeric(c) || c === 0x2b || c === 0x2d || c === 0x2e)) {
          buffer += String.fromCharCode(c).toLowerCase();
        } else if (c === 0x3a) {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return undefined;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return undefined;
            if (url.scheme === 'file' && url.host === '') return undefined;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return undefined;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = S.FILE;
          } else if (special() && base && base.scheme === url.scheme) {
            state = S.SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (special()) {
            state = S.SPECIAL_AUTHORITY_SLASHES;
          } else if (cps[p + 1] === 0x2f) {
            state = S.PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            state = S.OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = S.NO_SCHEME;
          p = -1;
        } else {
          return FAILURE;
        }
        break;
      case S.NO_SCHEME:
        if (!base || (hasOpaquePath(base) && c !== 0x23)) return FAILURE;
        if (hasOpaquePath(base) && c === 0x23) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = S.RELATIVE;
          p--;
        } else {
          state = S.FILE;
          p--;
        }
        break;
      case S.SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2f && cps[p + 1] === 0x2f) {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = S.RELATIVE;
          p--;
        }
        break;
      case S.PATH_OR_AUTHORITY:
        if (c === 0x2f) {
          state = S.AUTHORITY;
        } else {
          state = S.PATH;
          p--;
        }
        break;
      case S.RELATIVE:
        url.scheme = base.scheme;
        if (c === 0x2f || (special() && c === 0x5c)) {
          state = S.RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = S.QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (!eof) {
            url.query = null;
            shortenPath(url);
            state = S.PATH;
            p--;
          }
        }
        break;
      case S.RELATIVE_SLASH:
        if (special() && (c === 0x2f || c === 0x5c)) {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2f) {
          state = S.AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = S.PATH;
          p--;
        }
        break;
      case S.SPECIAL_AUTHORITY_SLASHES:
        state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
        if (c === 0x2f && cps[p + 1] === 0x2f) p++;
        else p--;
        break;
      case S.SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2f && c !== 0x5c) {
          state = S.AUTHORITY;
          p--;
        }
        break;
      case S.AUTHORITY:
        if (c === 0x40) {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          for (const ch of buffer) {
            const code = ch.codePointAt(0);
            if (code === 0x3a && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = percentEncodeCodePoint(code, inUserinfoSet);
            if (passwordTokenSeen) url.password += encoded;
            else url.username += encoded;
          }
          buffer = '';
        } else if (eof || c === 0x2f || c === 0x3f || c === 0x23 || (special() && c === 0x5c)) {
          if (atSignSeen && buffer === '') return FAILURE;
          p -= Array.from(buffer).length + 1;
          buffer = '';
          state = S.HOST;
        } else {
          buffer += String.fromCodePoint(c);
        }
        break;
      case S.HOST:
      case S.HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = S.FILE_HOST;
        } else if (c === 0x3a && !insideBrackets) {
          if (buffer === '') return FAILURE;
          if (stateOverride === S.HOSTNAME) return FAILURE;
          const host = parseHost(buffer, !special());
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = '';
          state = S.PORT;
        } else if (eof || c === 0x2f || c === 0x3f || c === 0x23 || (special() && c === 0x5c)) {
          p--;
          if (special() && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return FAILURE;
          const host = parseHost(buffer, !special());
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = '';
          state = S.PATH_START;
          if (stateOverride) return undefined;
        } else {
          if (c === 0x5b) insideBrackets = true;
          if (c === 0x5d) insideBrackets = false;
          buffer += String.fromCodePoint(c);
        }
        break;
      case S.PORT:
        if (!eof && isAsciiDigit(c)) {
          buffer += String.fromCharCode(c);
        } else if (eof || c === 0x2f || c === 0x3f || c === 0x23 || (special() && c === 0x5c) || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return FAILURE;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return undefined;
          state = S.PATH_START;
          p--;
        } else {
          return FAILURE;
        }
        break;
      case S.FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === 0x2f || c === 0x5c) {
          state = S.FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = S.QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (!eof) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(cps, p)) shortenPath(url);
            else url.path = [];
            state = S.PATH;
            p--;
          }
        } else {
          state = S.PATH;
          p--;
        }
        break;
      case S.FILE_SLASH:
        if (c === 0x2f || c === 0x5c) {
          state = S.FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, p) && base.path.length > 0 && isNormalizedWindowsDriveLetter(base.path[0])) {
              url.path.push(base.path[0]);
            }
          }
          state = S.PATH;
          p--;
        }
        break;
      case S.FILE_HOST:
        if (eof || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = S.PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return undefined;
            state = S.PATH_START;
          } else {
            let host = parseHost(buffer, !special());
            if (host === FAILURE) return FAILURE;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return undefined;
            buffer = '';
            state = S.PATH_START;
          }
        } else {
          buffer += String.fromCodePoint(c);
        }
        break;
      case S.PATH_START:
        if (special()) {
          state = S.PATH;
          if (c !== 0x2f && c !== 0x5c) p--;
        } else if (!stateOverride && c === 0x3f) {
          url.query = '';
          state = S.QUERY;
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (!eof) {
          state = S.PATH;
          if (c !== 0x2f) p--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;
      case S.PATH: {
        const slash = c === 0x2f || (special() && c === 0x5c);
        if (eof || slash || (!stateOverride && (c === 0x3f || c === 0x23))) {
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) buffer = `${buffer[0]}:`;
            url.path.push(buffer);
          }
          buffer = '';
          if (c === 0x3f) {
            url.query = '';
            state = S.QUERY;
          }
          if (c === 0x23) {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else {
          buffer += percentEncodeCodePoint(c, inPathSet);
        }
        break;
      }
      case S.OPAQUE_PATH:
        if (c === 0x3f) {
          url.query = '';
          state = S.QUERY;
        } else if (c === 0x23) {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (!eof) {
          url.path += percentEncodeCodePoint(c, inC0Control);
        }
        break;
      case S.QUERY:
        if ((!stateOverride && c === 0x23) || eof) {
          url.query += percentEncodeString(buffer, special() ? inSpecialQuerySet : inQuerySet);
          buffer = '';
          if (c === 0x23) {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else {
          buffer += String.fromCodePoint(c);
        }
        break;
      case S.FRAGMENT:
        if (!eof) url.fragment += percentEncodeCodePoint(c, inFragmentSet);
        break;
    }
  }
  return stateOverride ? undefined : url;
}

function serializePath(url) {
  if (hasOpaquePath(url)) return url.path;
  let output = '';
  for (const segment of url.path) output += `/${segment}`;
  return output;
}

function serializeURL(url, excludeFragment = false) {
  let output = `${url.scheme}:`;
  if (url.host !== null) {
    output += '//';
    if (includesCredentials(url)) {
      output += url.username;
      if (url.password !== '') output += `:${url.password}`;
      output += '@';
    }
    output += url.host;
    if (url.port !== null) output += `:${url.port}`;
  } else if (!hasOpaquePath(url) && url.path.length > 1 && url.path[0] === '') {
    output += '/.';
  }
  output += serializePath(url);
  if (url.query !== null) output += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) output += `#${url.fragment}`;
  return output;
}

function serializeOrigin(url) {
  if (url.scheme === 'blob') {
    const pathURL = basicParse(serializePath(url));
    if (pathURL !== FAILURE && (pathURL.scheme === 'http' || pathURL.scheme === 'https')) return serializeOrigin(pathURL);
    return 'null';
  }
  if (isSpecialScheme(url.scheme) && url.scheme !== 'file') {
    return `${url.scheme}://${url.host}${url.port !== null ? `:${url.port}` : ''}`;
  }
  return 'null';
}

module.exports = {
  FAILURE,
  STATES: S,
  basicParse,
  serializeURL,
  serializePath,
  serializeOrigin,
  parseHost,
  domainToASCII,
  isSpecialScheme,
  defaultPort,
  hasOpaquePath,
  includesCredentials,
  copyRecord,
  percentEncodeString,
  percentDecodeToBytes,
  percentDecodeString,
  sets: { inC0Control, inFragmentSet, inQuerySet, inSpecialQuerySet, inPathSet, inUserinfoSet, inComponentSet, inFormSet },
};
