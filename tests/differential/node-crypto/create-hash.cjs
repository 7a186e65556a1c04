'use strict';
// crypto.createHash: MD5, SHA-1, SHA-256, SHA-512 over strings in several encodings and Buffers; digest encodings; the errors.
const crypto = require('crypto');
for (const a of ['md5', 'sha1', 'sha256', 'sha512', 'SHA-256']) {
  for (const input of ['', 'abc', 'a'.repeat(1000), 'héllo wörld']) {
    console.log(a, input.length, crypto.createHash(a).update(input).digest('hex'));
  }
  console.log(crypto.createHash(a).update('x').update(Buffer.from([1, 2, 3])).digest('base64'));
}
const h = crypto.createHash('sha1').update('ab', 'latin1').update('6162', 'hex');
console.log(h.digest('base64url'));
try { h.digest(); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.createHash('nope'); } catch (e) { console.log(e.name, e.message); }
console.log(Buffer.isBuffer(crypto.createHash('md5').update('a').digest()));
