'use strict';
// Node's deprecated `punycode` builtin: Punycode (RFC 3492) and the IDNA ToASCII/ToUnicode label conversions
// of the punycode.js package that node bundles (version 2.1.0).

const kBase = 36;
const kTMin = 1;
const kTMax = 26;
const kSkew = 38;
const kDamp = 700;
const kInitialBias = 72;
const kInitialN = 128;
const kMaxInt = 2147483647;
const kDelimiter = '-';

const kErrorMessages = {
  overflow: 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};

function fail(type) {
  throw new RangeError(kErrorMessages[type]);
}

// The code points of a string; a lone surrogate counts as one.
function ucs2decode(text) {
  const output = [];
  let counter = 0;
  const length = text.length;
  while (counter < length) {
    const value = text.charCodeAt(counter++);
    if (value >= 0xd800 && value <= 0xdbff && counter < length) {
      const extra = text.charCodeAt(counter++);
      if ((extra & 0xfc00) === 0xdc00) {
        output.push(((value & 0x3ff) << 10) + (extra & 0x3ff) + 0x10000);
      } else {
        output.push(value);
        counter--;
      }
    } else {
      output.push(value);
    }
  }
  return output;
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

function basicToDigit(codePoint) {
  if (codePoint >= 0x30 && codePoint < 0x3a) return 26 + (codePoint - 0x30);
  if (codePoint >= 0x41 && codePoint < 0x5b) return codePoint - 0x41;
  if (codePoint >= 0x61 && codePoint < 0x7b) return codePoint - 0x61;
  return kBase;
}

function digitToBasic(digit) {
  // 0..25 are a..z, 26..35 are 0..9.
  return digit + 22 + 75 * (digit < 26 ? 1 : 0);
}

function adapt(delta, numPoints, firstTime) {
  let k = 0;
  delta = firstTime ? Math.floor(delta / kDamp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  for (; delta > ((kBase - kTMin) * kTMax) >> 1; k += kBase) {
    delta = Math.floor(delta / (kBase - kTMin));
  }
  return Math.floor(k + ((kBase - kTMin + 1) * delta) / (delta + kSkew));
}

function decode(input) {
  const output = [];
  const inputLength = input.length;
  let i = 0;
  let n = kInitialN;
  let bias = kInitialBias;
  let basic = input.lastIndexOf(kDelimiter);
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; ++j) {
    if (input.charCodeAt(j) >= 0x80) fail('not-basic');
    output.push(input.charCodeAt(j));
  }
  for (let index = basic > 0 ? basic + 1 : 0; index < inputLength; ) {
    const oldi = i;
    for (let w = 1, k = kBase; ; k += kBase) {
      if (index >= inputLength) fail('invalid-input');
      const digit = basicToDigit(input.charCodeAt(index++));
      if (digit >= kBase) fail('invalid-input');
      if (digit > Math.floor((kMaxInt - i) / w)) fail('overflow');
      i += digit * w;
      const t = k <= bias ? kTMin : k >= bias + kTMax ? kTMax : k - bias;
      if (digit < t) break;
      const baseMinusT = kBase - t;
      if (w > Math.floor(kMaxInt / baseMinusT)) fail('overflow');
      w *= baseMinusT;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > kMaxInt - n) fail('overflow');
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function encode(input) {
  const output = [];
  const codePoints = ucs2decode(input);
  const inputLength = codePoints.length;
  let n = kInitialN;
  let delta = 0;
  let bias = kInitialBias;
  for (const value of codePoints) {
    if (value < 0x80) output.push(String.fromCharCode(value));
  }
  const basicLength = output.length;
  let handledCPCount = basicLength;
  if (basicLength) output.push(kDelimiter);
  while (handledCPCount < inputLength) {
    let m = kMaxInt;
    for (const value of codePoints) {
      if (value >= n && value < m) m = value;
    }
    const handledCPCountPlusOne = handledCPCount + 1;
    if (m - n > Math.floor((kMaxInt - delta) / handledCPCountPlusOne)) fail('overflow');
    delta += (m - n) * handledCPCountPlusOne;
    n = m;
    for (const value of codePoints) {
      if (value < n && ++delta > kMaxInt) fail('overflow');
      if (value === n) {
        let q = delta;
        for (let k = kBase; ; k += kBase) {
          const t = k <= bias ? kTMin : k >= bias + kTMax ? kTMax : k - bias;
          if (q < t) break;
          const qMinusT = q - t;
          const baseMinusT = kBase - t;
          output.push(String.fromCharCode(digitToBasic(t + (qMinusT % baseMinusT))));
          q = Math.floor(qMinusT / baseMinusT);
        }
        output.push(String.fromCharCode(digitToBasic(q)));
        bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
        delta = 0;
        ++handledCPCount;
      }
    }
    ++delta;
    ++n;
  }
  return output.join('');
}

// Applies fn to each label of a domain, keeping an email address's local part and using the
// RFC 3490 separators (full stops of other scripts count as dots).
function mapDomain(domain, fn) {
  const parts = domain.split('@');
  let result = '';
  if (parts.length > 1) {
    result = `${parts[0]}@`;
    domain = parts[1];
  }
  domain = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '\x2E');
  return result + domain.split('.').map(fn).join('.');
}

function toUnicode(input) {
  return mapDomain(input, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

function toASCII(input) {
  return mapDomain(input, (label) => (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
