'use strict';
// Percent-encoding and the character classes of the WHATWG URL Standard.

// Percent-encode sets, as predicates over code points. Each is a table over ASCII (every set holds all
// code points above U+007E), so that a check is one lookup.
function asciiTable(includes) {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = includes(c) ? 1 : 0;
  return table;
}
const c0ControlTable = asciiTable((c) => c < 0x20 || c > 0x7e);
const fragmentTable = asciiTable((c) => c0ControlTable[c] === 1 || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60);
const queryTable = asciiTable((c) => c0ControlTable[c] === 1 || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e);
const specialQueryTable = asciiTable((c) => queryTable[c] === 1 || c === 0x27);
const pathTable = asciiTable((c) => queryTable[c] === 1 || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d);
const userinfoTable = asciiTable(
  (c) => pathTable[c] === 1 || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 || (c >= 0x5b && c <= 0x5e) || c === 0x7c,
);
const componentTable = asciiTable((c) => userinfoTable[c] === 1 || (c >= 0x24 && c <= 0x26) || c === 0x2b || c === 0x2c);
const formTable = asciiTable((c) => componentTable[c] === 1 || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7e);

const inC0Control = (c) => c >= 128 || c0ControlTable[c] === 1;
const inFragmentSet = (c) => c >= 128 || fragmentTable[c] === 1;
const inQuerySet = (c) => c >= 128 || queryTable[c] === 1;
const inSpecialQuerySet = (c) => c >= 128 || specialQueryTable[c] === 1;
const inPathSet = (c) => c >= 128 || pathTable[c] === 1;
const inUserinfoSet = (c) => c >= 128 || userinfoTable[c] === 1;
const inComponentSet = (c) => c >= 128 || componentTable[c] === 1;
const inFormSet = (c) => c >= 128 || formTable[c] === 1;

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
  // Text without escapes decodes to itself unless it holds lone surrogates, which become U+FFFD.
  if (!text.includes('%') && !/[\ud800-\udfff]/.test(text)) return text;
  return utf8Decoder.decode(percentDecodeToBytes(text));
}

const isAsciiDigit = (c) => c >= 0x30 && c <= 0x39;
const isAsciiAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiAlphanumeric = (c) => isAsciiDigit(c) || isAsciiAlpha(c);
const isAsciiHexDigit = (c) => hexValue(c) >= 0;

module.exports = {
  sets: { inC0Control, inFragmentSet, inQuerySet, inSpecialQuerySet, inPathSet, inUserinfoSet, inComponentSet, inFormSet },
  percentEncodeCodePoint,
  percentEncodeString,
  percentDecodeToBytes,
  percentDecodeString,
  hexValue,
  isAsciiDigit,
  isAsciiAlpha,
  isAsciiAlphanumeric,
  isAsciiHexDigit,
};
