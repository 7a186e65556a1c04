'use strict';
// The WHATWG URL Standard's host parser: IPv4 and IPv6 addresses, opaque hosts, and domains through
// IDNA (UTS 46, simplified as described at domainToASCII).
const punycode = require('../punycode.js');
const { sets, percentEncodeString, percentDecodeString, hexValue, isAsciiDigit, isAsciiHexDigit } = require('./url-encoding.js');

// What the parsers return when the standard says "failure".
const FAILURE = Symbol('failure');
const { inC0Control } = sets;

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

// UTS 46 processing, simplified: compatibility mapping (NFKC), lowercasing (and U+1E9E to "ss"),
// ideographic full stops and ignorable characters; refusal of code points UTS 46 disallows (controls,
// format characters, private use, noncharacters, specials, unassigned code points) and of ASCII that a
// mapping produced where a host cannot have it; joiners only after a virama or between Arabic letters;
// a simplified bidi rule (a label may not mix left-to-right letters with right-to-left characters,
// nor, in a domain with right-to-left characters, begin with a digit); then Punycode for non-ASCII
// labels. An xn-- label must decode to a label that the mapping leaves unchanged. Not covered: the
// rest of the IDNA mapping table and the full bidi and joiner rules.
const kIgnoredInDomains = /[\u00ad\u034f\u180b-\u180d\u200b\u2060\ufe00-\ufe0f\ufeff]/g;
const kDisallowedInDomains =
  /[\u0080-\u009f\u061c\u06dd\u070f\u1680\u180e\u200e\u200f\u2024-\u2026\u2028-\u202e\u2061-\u206f\u2ff0-\u2fff\ue000-\uf8ff\ufdd0-\ufdef\ufff0-\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]|\udb40[\udc00-\udfff]|[\udb80-\udbff][\udc00-\udfff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f][\udffe\udfff]/;
const kForbiddenAfterMapping = /[\x00-\x20#%/:<>?@[\\\]^|\x7f]/;
const kRightToLeft = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]/;
const kViramaBefore = /[\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d3b\u0d3c\u0d4d\u0dca\u0e3a\u0f84\u1039\u103a\u1714\u1734\u17d2\u1a60\u1b44\u1baa\u1bab\u1bf2\u1bf3\u2d7f\ua806\ua8c4\ua953\ua9c0\uaaf6\uabed]$/;
const kArabicLetter = /[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0710-\u074f\u0750-\u077f\u08a0-\u08c9]/;
let unassignedPattern = null;
try {
  unassignedPattern = new RegExp('\\p{Cn}', 'u');
} catch {
  unassignedPattern = null;
}

function mapDomainText(text) {
  let mapped = text.replace(kIgnoredInDomains, '');
  if (/[^\x00-\x7f]/.test(mapped)) mapped = mapped.normalize('NFKC').replace(/\u1e9e/g, 'ss');
  return mapped.toLowerCase();
}

function hasDisallowedCodePoint(text) {
  return kDisallowedInDomains.test(text) || (unassignedPattern !== null && unassignedPattern.test(text));
}

// Zero-width joiners are valid only where a script needs them.
function joinersAllowed(label) {
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    if (code !== 0x200c && code !== 0x200d) continue;
    if (kViramaBefore.test(label.slice(0, i))) continue;
    if (code === 0x200c && i > 0 && kArabicLetter.test(label[i - 1]) && kArabicLetter.test(label[i + 1] || '')) continue;
    return false;
  }
  return true;
}

function bidiAllowed(labels) {
  if (!labels.some((label) => kRightToLeft.test(label))) return true;
  return labels.every((label) => label === '' || (!(kRightToLeft.test(label) && /[a-z]/.test(label)) && !/^[0-9]/.test(label)));
}

function domainToASCII(domain) {
  // Most hosts are ASCII without Punycode labels: they only need lowercasing.
  if (!/[^\x00-\x7f]/.test(domain)) {
    const lower = domain.toLowerCase();
    if (!lower.includes('xn--')) return lower === '' ? FAILURE : lower;
  }
  // Some disallowed characters have compatibility decompositions (U+2025 is ".."): look before mapping too.
  if (hasDisallowedCodePoint(domain)) return FAILURE;
  const mapped = mapDomainText(domain).replace(/[\u3002\uff0e\uff61]/g, '.');
  if (hasDisallowedCodePoint(mapped)) return FAILURE;
  const labels = mapped.split('.');
  if (!bidiAllowed(labels)) return FAILURE;
  const result = [];
  for (const label of labels) {
    if (label.startsWith('xn--')) {
      let decoded;
      try {
        decoded = punycode.decode(label.slice(4));
      } catch {
        return FAILURE;
      }
      if (decoded === '' || hasDisallowedCodePoint(decoded) || mapDomainText(decoded) !== decoded || decoded.normalize('NFC') !== decoded) {
        return FAILURE;
      }
      if (!joinersAllowed(decoded) || !bidiAllowed([decoded])) return FAILURE;
      result.push(label);
    } else if (/[^\x00-\x7f]/.test(label)) {
      if (kForbiddenAfterMapping.test(label) || !joinersAllowed(label)) return FAILURE;
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

module.exports = { FAILURE, parseHost, domainToASCII };
