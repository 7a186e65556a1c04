'use strict';
// Node's `querystring` module: parse/stringify of `a=1&b=2` strings with node's decoding and encoding rules.
const { Buffer } = require('buffer');
const { ERR_INVALID_URI } = require('./internal/error-codes.js');

function hexValue(code) {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

// Decodes %XX escapes into bytes (each other character keeps only its low byte, as node's does).
function unescapeBuffer(text, decodeSpaces) {
  text = `${text}`;
  const out = Buffer.allocUnsafe(text.length);
  let index = 0;
  let outIndex = 0;
  let sawEscape = false;
  const lastEscapeStart = text.length - 2;
  while (index < text.length) {
    let code = text.charCodeAt(index);
    if (code === 0x2b && decodeSpaces) {
      out[outIndex++] = 0x20;
      index++;
      continue;
    }
    if (code === 0x25 && index < lastEscapeStart) {
      const high = hexValue(text.charCodeAt(index + 1));
      const low = hexValue(text.charCodeAt(index + 2));
      if (high >= 0 && low >= 0) {
        sawEscape = true;
        code = high * 16 + low;
        index += 2;
      }
    }
    out[outIndex++] = code;
    index++;
  }
  return sawEscape ? out.slice(0, outIndex) : out;
}

function unescape(text, decodeSpaces) {
  try {
    return decodeURIComponent(text);
  } catch {
    return querystring.unescapeBuffer(text, decodeSpaces).toString();
  }
}

// encodeURIComponent keeps exactly the characters node's querystring keeps: A-Z a-z 0-9 - _ . ! ~ * ' ( ).
function escape(text) {
  if (typeof text !== 'string') {
    if (typeof text === 'object') text = String(text);
    else text += '';
  }
  try {
    return encodeURIComponent(text);
  } catch {
    throw ERR_INVALID_URI();
  }
}

function stringifyPrimitive(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return `${value}`;
  if (typeof value === 'bigint') return `${value}`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return '';
}

function encodeWithDefault(value, encode) {
  if (typeof value === 'string') return value.length ? encode(value) : '';
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Numbers below 1e21 print without characters that need escaping.
    return Math.abs(value) < 1e21 ? `${value}` : encode(`${value}`);
  }
  if (typeof value === 'bigint') return `${value}`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return '';
}

function encodeWithCustom(value, encode) {
  return encode(stringifyPrimitive(value));
}

function stringify(object, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = querystring.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === escape ? encodeWithDefault : encodeWithCustom;
  if (object === null || typeof object !== 'object') return '';
  let fields = '';
  for (const key of Object.keys(object)) {
    const value = object[key];
    const prefix = convert(key, encode) + eq;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < value.length; ++j) {
        if (j) fields += sep;
        fields += prefix + convert(value[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += prefix + convert(value, encode);
    }
  }
  return fields;
}

function decodeComponent(text, decode) {
  try {
    return decode(text);
  } catch {
    return querystring.unescape(text, true);
  }
}

function addPair(result, key, value) {
  const current = result[key];
  if (current === undefined) result[key] = value;
  else if (Array.isArray(current)) current.push(value);
  else result[key] = [current, value];
}

const kEscapePattern = /%[0-9a-fA-F]{2}/;

function parse(text, sep, eq, options) {
  const result = Object.create(null);
  if (typeof text !== 'string' || text.length === 0) return result;
  const separator = sep ? String(sep) : '&';
  const equals = eq ? String(eq) : '=';
  let remaining = 1000;
  if (options && typeof options.maxKeys === 'number') remaining = options.maxKeys > 0 ? options.maxKeys : 0;
  let decode = querystring.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const customDecode = decode !== unescape;
  // With node's own decoder '+' is a space; a custom decoder sees it as %20.
  const plus = customDecode ? '%20' : ' ';
  const pieces = text.split(separator);
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece.length === 0) {
      // An empty piece between separators uses up one of maxKeys; a trailing one does not.
      if (i === pieces.length - 1) break;
      if (--remaining === 0) return result;
      continue;
    }
    const at = equals.length === 0 ? -1 : piece.indexOf(equals);
    let key = at === -1 ? piece : piece.slice(0, at);
    let value = at === -1 ? '' : piece.slice(at + equals.length);
    key = key.replace(/\+/g, plus);
    value = value.replace(/\+/g, plus);
    // Node's own decoder runs only on text holding a valid %XX escape.
    if (key.length > 0 && (customDecode || kEscapePattern.test(key))) key = decodeComponent(key, decode);
    if (value.length > 0 && (customDecode || kEscapePattern.test(value))) value = decodeComponent(value, decode);
    addPair(result, key, value);
    if (--remaining === 0) return result;
  }
  return result;
}

const querystring = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
module.exports = querystring;
