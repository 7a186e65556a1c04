'use strict';
// The byte encodings of node's Buffer: for each one how long a string is once encoded, how to write a
// string into bytes, and how to read bytes back into a string.

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64UrlAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// Node decodes both alphabets whatever the encoding name says; any other character is skipped.
const base64Values = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) {
  base64Values[base64Alphabet.charCodeAt(i)] = i;
  base64Values[base64UrlAlphabet.charCodeAt(i)] = i;
}

// Keeps String.fromCharCode's argument lists short.
const kChunk = 4096;
function stringFromCodes(codes, start, end) {
  if (end - start <= kChunk) return String.fromCharCode.apply(null, codes.subarray(start, end));
  const pieces = [];
  for (let i = start; i < end; i += kChunk) {
    pieces.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(i + kChunk, end))));
  }
  return pieces.join('');
}

function plainBytes(buf, start, end) {
  return new Uint8Array(buf.buffer, buf.byteOffset + start, end - start);
}

function utf8ByteLength(string) {
  let length = 0;
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code < 0x80) length += 1;
    else if (code < 0x800) length += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < string.length) {
      const next = string.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length += 4;
        i++;
      } else {
        length += 3;
      }
    } else {
      length += 3;
    }
  }
  return length;
}

function base64ByteLength(string) {
  let length = string.length;
  if (length > 0 && string.charCodeAt(length - 1) === 0x3d) length--;
  if (length > 1 && string.charCodeAt(length - 1) === 0x3d) length--;
  return (length * 3) >>> 2;
}

// The bytes a base64 string decodes to: characters outside both alphabets are skipped and '=' ends it.
function base64Decode(string) {
  const out = new Uint8Array(base64ByteLength(string) + 3);
  let written = 0;
  let accumulated = 0;
  let count = 0;
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code === 0x3d) break;
    const value = code < 128 ? base64Values[code] : -1;
    if (value < 0) continue;
    accumulated = (accumulated << 6) | value;
    count++;
    if (count === 4) {
      out[written++] = (accumulated >> 16) & 0xff;
      out[written++] = (accumulated >> 8) & 0xff;
      out[written++] = accumulated & 0xff;
      accumulated = 0;
      count = 0;
    }
  }
  if (count === 2) {
    out[written++] = (accumulated >> 4) & 0xff;
  } else if (count === 3) {
    out[written++] = (accumulated >> 10) & 0xff;
    out[written++] = (accumulated >> 2) & 0xff;
  }
  return out.subarray(0, written);
}

// Two output characters per table entry: 12 bits of input become one string append.
const base64PairTables = new Map();
function base64PairTable(alphabet) {
  let table = base64PairTables.get(alphabet);
  if (table === undefined) {
    table = new Array(4096);
    for (let i = 0; i < 4096; i++) table[i] = String.fromCharCode(alphabet.charCodeAt(i >> 6), alphabet.charCodeAt(i & 63));
    base64PairTables.set(alphabet, table);
  }
  return table;
}

// Long strings are built as short pieces joined once: appending to one growing string hundreds of
// thousands of times makes cruft's VM overestimate its heap (see the report for issue 9).
const kPieceLength = 8192;

function base64Encode(bytes, alphabet, pad) {
  const pairs = base64PairTable(alphabet);
  const pieces = [];
  let piece = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const triple = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    piece += pairs[triple >> 12];
    piece += pairs[triple & 4095];
    if (piece.length >= kPieceLength) {
      pieces.push(piece);
      piece = '';
    }
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    piece += pairs[bytes[i] << 4];
    if (pad) piece += '==';
  } else if (rest === 2) {
    const pair = (bytes[i] << 8) | bytes[i + 1];
    piece += pairs[pair >> 4];
    piece += alphabet[(pair & 15) << 2];
    if (pad) piece += '=';
  }
  if (pieces.length === 0) return piece;
  pieces.push(piece);
  return pieces.join('');
}

function hexValue(code) {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  return -1;
}

const hexValues = new Array(128).fill(-1);
for (let code = 0; code < 128; code++) hexValues[code] = hexValue(code);

// Node stops at the first pair that is not two hex digits.
function hexDecode(string) {
  const out = new Uint8Array(string.length >>> 1);
  let i = 0;
  for (; i < out.length; i++) {
    const highCode = string.charCodeAt(i * 2);
    const lowCode = string.charCodeAt(i * 2 + 1);
    const high = highCode < 128 ? hexValues[highCode] : -1;
    const low = lowCode < 128 ? hexValues[lowCode] : -1;
    if (high < 0 || low < 0) break;
    out[i] = high * 16 + low;
  }
  return out.subarray(0, i);
}

const hexDigits = '0123456789abcdef';
const hexPairs = [];
for (let i = 0; i < 256; i++) hexPairs.push(String.fromCharCode(hexDigits.charCodeAt(i >> 4), hexDigits.charCodeAt(i & 15)));
function hexEncode(bytes) {
  const pieces = [];
  let piece = '';
  for (let i = 0; i < bytes.length; i++) {
    piece += hexPairs[bytes[i]];
    if (piece.length >= kPieceLength) {
      pieces.push(piece);
      piece = '';
    }
  }
  if (pieces.length === 0) return piece;
  pieces.push(piece);
  return pieces.join('');
}

function latin1Encode(string) {
  const out = new Uint8Array(string.length);
  for (let i = 0; i < string.length; i++) out[i] = string.charCodeAt(i);
  return out;
}

function utf16leEncode(string) {
  const out = new Uint8Array(string.length * 2);
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    out[i * 2] = code & 0xff;
    out[i * 2 + 1] = code >> 8;
  }
  return out;
}

function copyInto(buf, bytes, offset, length) {
  const count = Math.min(bytes.length, length);
  plainBytes(buf, offset, offset + count).set(count === bytes.length ? bytes : bytes.subarray(0, count));
  return count;
}

const utf8 = {
  name: 'utf8',
  // One native call for a whole string (Buffer.from's common case).
  encodeWhole: (string) => utf8Encoder.encode(string),
  byteLength: utf8ByteLength,
  encode: (string) => utf8Encoder.encode(string),
  // Writes only whole characters, as node does when the room runs out.
  write: (buf, string, offset, length) => utf8Encoder.encodeInto(string, plainBytes(buf, offset, offset + length)).written,
  slice: (buf, start, end) => utf8Decoder.decode(plainBytes(buf, start, end)),
};

const latin1 = {
  name: 'latin1',
  byteLength: (string) => string.length,
  encode: latin1Encode,
  write: (buf, string, offset, length) => copyInto(buf, latin1Encode(string.length > length ? string.slice(0, length) : string), offset, length),
  slice: (buf, start, end) => stringFromCodes(plainBytes(buf, start, end), 0, end - start),
};

const ascii = {
  name: 'ascii',
  byteLength: (string) => string.length,
  encode: latin1Encode,
  write: latin1.write,
  slice: (buf, start, end) => {
    const bytes = plainBytes(buf, start, end);
    const masked = new Uint8Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) masked[i] = bytes[i] & 0x7f;
    return stringFromCodes(masked, 0, masked.length);
  },
};

const utf16le = {
  name: 'utf16le',
  byteLength: (string) => string.length * 2,
  encode: utf16leEncode,
  write: (buf, string, offset, length) => {
    const units = Math.min(string.length, length >>> 1);
    return copyInto(buf, utf16leEncode(units < string.length ? string.slice(0, units) : string), offset, units * 2);
  },
  slice: (buf, start, end) => {
    const bytes = plainBytes(buf, start, end);
    const units = new Uint16Array(bytes.length >>> 1);
    for (let i = 0; i < units.length; i++) units[i] = bytes[i * 2] | (bytes[i * 2 + 1] << 8);
    return stringFromCodes(units, 0, units.length);
  },
};

const base64 = {
  name: 'base64',
  byteLength: base64ByteLength,
  encode: base64Decode,
  write: (buf, string, offset, length) => copyInto(buf, base64Decode(string), offset, length),
  slice: (buf, start, end) => base64Encode(plainBytes(buf, start, end), base64Alphabet, true),
};

const base64url = {
  name: 'base64url',
  byteLength: base64ByteLength,
  encode: base64Decode,
  write: base64.write,
  slice: (buf, start, end) => base64Encode(plainBytes(buf, start, end), base64UrlAlphabet, false),
};

const hex = {
  name: 'hex',
  byteLength: (string) => string.length >>> 1,
  encode: hexDecode,
  write: (buf, string, offset, length) => copyInto(buf, hexDecode(string), offset, length),
  slice: (buf, start, end) => hexEncode(plainBytes(buf, start, end)),
};

// Node's normalizeEncoding: undefined and '' mean utf8; names match without regard to case.
function normalizeEncoding(encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8' || encoding === '') return 'utf8';
  switch (String(encoding).toLowerCase()) {
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'base64':
      return 'base64';
    case 'base64url':
      return 'base64url';
    case 'hex':
      return 'hex';
    case 'ascii':
      return 'ascii';
    default:
      return undefined;
  }
}

const encodingOps = { utf8, latin1, ascii, utf16le, base64, base64url, hex };

// Unlike normalizeEncoding, an empty name is unknown here (node's toString('') and indexOf(v, 0, '') throw).
function getEncodingOps(encoding) {
  if (encoding === undefined) return encodingOps.utf8;
  const text = `${encoding}`;
  if (text === '') return undefined;
  const name = normalizeEncoding(text);
  return name === undefined ? undefined : encodingOps[name];
}

module.exports = {
  encodingOps,
  getEncodingOps,
  normalizeEncoding,
  base64Encode,
  base64Decode,
  utf8ByteLength,
  stringFromCodes,
};
