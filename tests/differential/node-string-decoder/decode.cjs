"use strict";
// StringDecoder: characters cut by chunk boundaries in UTF-8 and UTF-16LE, base64 groups, end(), errors.
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');

function escape(text) {
  return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function feed(label, encoding, chunks, finalChunk) {
  try {
    const decoder = new StringDecoder(encoding);
    const pieces = chunks.map((chunk) => decoder.write(Buffer.from(chunk)));
    pieces.push(finalChunk === undefined ? decoder.end() : decoder.end(Buffer.from(finalChunk)));
    console.log(label, decoder.encoding, pieces.map(escape).join(' '));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const euro = [0xe2, 0x82, 0xac];
const smile = [0xf0, 0x9f, 0x98, 0x80];
feed('utf8 whole', 'utf8', [[0x61, ...euro, 0x62]]);
feed('utf8 split 1+2', 'utf8', [[0x61, 0xe2], [0x82, 0xac, 0x62]]);
feed('utf8 split byte by byte', 'utf8', [[0xe2], [0x82], [0xac]]);
feed('utf8 4-byte split', 'utf8', [[0xf0, 0x9f], [0x98], [0x80, 0x21]]);
feed('utf8 incomplete at end', 'utf8', [[0x61, 0xe2, 0x82]]);
feed('utf8 incomplete then end chunk', 'utf8', [[0xe2]], [0x82, 0xac]);
feed('utf8 interrupted', 'utf8', [[0xe2], [0x41, 0x42]]);
feed('utf8 interrupted after one', 'utf8', [[0xf0, 0x9f], [0x98, 0x41]]);
feed('utf8 invalid lead', 'utf8', [[0xff, 0x41], [0xf8]]);
feed('utf8 stray continuation', 'utf8', [[0x80, 0x80], [0x41]]);
feed('utf8 overlong lead held', 'utf8', [[0xc0], [0x80]]);
feed('utf8 empty chunks', 'utf8', [[], [0xe2], [], [0x82, 0xac]]);
feed('utf8 many chars', 'utf8', [[...euro, ...smile, ...euro].slice(0, 5), [...euro, ...smile, ...euro].slice(5)]);
feed('utf-8 alias', 'UTF-8', [[0x68, 0x69]]);
feed('default encoding', undefined, [[0xc3], [0xa9]]);

feed('utf16le whole', 'utf16le', [[0x61, 0x00, 0x62, 0x00]]);
feed('utf16le odd split', 'utf16le', [[0x61], [0x00, 0x62], [0x00]]);
feed('utf16le surrogate pair split', 'ucs2', [[0x3d, 0xd8], [0x00, 0xde]]);
feed('utf16le surrogate pair odd split', 'utf-16le', [[0x3d, 0xd8, 0x00], [0xde, 0x41, 0x00]]);
feed('utf16le lone lead at end', 'utf16le', [[0x41, 0x00, 0x3d, 0xd8]]);
feed('utf16le odd byte at end', 'utf16le', [[0x41, 0x00, 0x42]]);

feed('base64', 'base64', [[0x68], [0x65, 0x6c], [0x6c, 0x6f]]);
feed('base64 remainder', 'base64', [[0x68, 0x65, 0x6c, 0x6c]]);
feed('base64url', 'base64url', [[0xfb, 0xff], [0xfe, 0x01]]);
feed('hex', 'hex', [[0x01, 0xab], [0xff]]);
feed('latin1', 'latin1', [[0xe9, 0x41]]);
feed('binary', 'binary', [[0xff]]);
feed('ascii', 'ascii', [[0xe9, 0x41]]);
feed('unknown encoding', 'nope', []);
feed('number encoding', 5, []);

const decoder = new StringDecoder('utf8');
console.log('string passes through', decoder.write('already text'));
try {
  decoder.write(5);
} catch (e) {
  console.log('write number', e.name, e.code, e.message);
}
try {
  decoder.write(null);
} catch (e) {
  console.log('write null', e.name, e.code, e.message);
}
console.log('typed array input', escape(decoder.write(new Uint16Array([0x6968]))), escape(decoder.write(new DataView(new Uint8Array([0x21]).buffer))));
decoder.write(Buffer.from([0xe2, 0x82]));
console.log('state', decoder.lastNeed, decoder.lastTotal, decoder.lastChar.length, decoder.lastChar[0], decoder.lastChar[1]);
console.log('end resets', escape(decoder.end()), escape(decoder.write(Buffer.from([0x61]))), decoder.lastNeed);
console.log('text', escape(new StringDecoder('utf8').text(Buffer.from('xy\u00e9'), 1)));
feed('utf8 end flushes invalid lead', 'utf8', [[0x25, 0xee, 0x31, 0xf5, 0x91, 0xbf]]);
feed('utf8 end flushes two-byte prefix', 'utf8', [[0xf0, 0x9f, 0x98]]);
feed('utf16le completed lead surrogate', 'utf16le', [[0xce, 0xd0, 0x59, 0xc6, 0x5e], [0xdb]]);
feed('utf16le completed then trail', 'utf16le', [[0x3d], [0xd8], [0x00, 0xde]]);
