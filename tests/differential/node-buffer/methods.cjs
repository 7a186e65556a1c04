"use strict";
// Buffer.prototype: write, slice/subarray memory sharing, indexOf family, fill, copy, equals, compare, swaps, toJSON.
const { Buffer } = require('buffer');

function show(label, run) {
  try {
    const value = run();
    console.log(label, Buffer.isBuffer(value) ? `<${value.toString('hex')}>` : JSON.stringify(value));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

show('write utf8', () => { const b = Buffer.alloc(6); return [b.write('h\u00e9llo'), b.toString('hex')]; });
show('write partial char', () => { const b = Buffer.alloc(3); return [b.write('a\u20ac'), b.toString('hex')]; });
show('write offset', () => { const b = Buffer.alloc(6, '.'); return [b.write('xy', 2), b.toString()]; });
show('write offset length', () => { const b = Buffer.alloc(6, '.'); return [b.write('abcdef', 1, 2), b.toString()]; });
show('write encoding second', () => { const b = Buffer.alloc(4); return [b.write('ff00', 'hex'), b.toString('hex')]; });
show('write encoding third', () => { const b = Buffer.alloc(4); return [b.write('ff00', 1, 'hex'), b.toString('hex')]; });
show('write all encodings', () => ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'ucs2'].map((e) => { const b = Buffer.alloc(5); return `${b.write('aGk=', 0, 5, e)}:${b.toString('hex')}`; }));
show('write ucs2 odd room', () => { const b = Buffer.alloc(3); return [b.write('abc', 'ucs2'), b.toString('hex')]; });
show('write bad offset', () => Buffer.alloc(2).write('a', 3));
show('write bad length', () => Buffer.alloc(2).write('a', 0, -1));
show('write bad encoding', () => Buffer.alloc(2).write('a', 0, 1, 'nope'));
show('write not string', () => Buffer.alloc(2).write(5));

const base = Buffer.from('abcdef');
show('slice', () => [base.slice(1, 3).toString(), base.slice(-2).toString(), base.slice(4, 2).toString(), base.slice('1', '2').toString(), base.slice(NaN, 2).toString(), base.slice(2, Infinity).toString()]);
show('subarray', () => [base.subarray(1, 3).toString(), base.subarray(-3, -1).toString(), base.subarray(5, 1).length]);
show('slice shares memory', () => { const b = Buffer.from('xyz'); const s = b.slice(1); s[0] = 0x41; const u = b.subarray(2); u[0] = 0x42; return [b.toString(), Buffer.isBuffer(s), Buffer.isBuffer(u)]; });

const text = Buffer.from('abcabc\u20acabc');
show('indexOf string', () => [text.indexOf('b'), text.indexOf('bc', 2), text.indexOf('bc', -4), text.indexOf(''), text.indexOf('', 3), text.indexOf('', 99), text.indexOf('zz'), text.indexOf('\u20ac')]);
show('indexOf number', () => [text.indexOf(0x63), text.indexOf(0x63 + 256), text.indexOf(-157), text.indexOf(99, 3), text.indexOf(99.5)]);
show('indexOf buffer', () => [text.indexOf(Buffer.from('ca')), text.indexOf(new Uint8Array([0x82, 0xac])), text.indexOf(Buffer.alloc(0), 2)]);
show('indexOf encodings', () => [Buffer.from('00ff00ff', 'hex').indexOf('ff', 'hex'), Buffer.from('00ff00ff', 'hex').indexOf('ff', 2, 'hex'), Buffer.from('ab', 'ucs2').indexOf('b', 'ucs2'), Buffer.from('aGk=', 'base64').indexOf('aQ==', 'base64')]);
show('indexOf ucs2 aligned', () => [Buffer.from([0x61, 0x00, 0x62, 0x00]).indexOf('\u6200', 'ucs2'), Buffer.from([0x00, 0x61, 0x00, 0x62, 0x00]).indexOf('b', 'ucs2')]);
show('lastIndexOf', () => [text.lastIndexOf('b'), text.lastIndexOf('b', 5), text.lastIndexOf('b', -5), text.lastIndexOf('abc', -100), text.lastIndexOf(''), text.lastIndexOf('', 2), text.lastIndexOf(0x61), text.lastIndexOf('a', undefined), text.lastIndexOf('a', null)]);
show('includes', () => [text.includes('ca'), text.includes('cab', 4), text.includes(0x20), text.includes('a', 'latin1')]);
show('indexOf offset as encoding', () => text.indexOf('bc', 'latin1'));
show('indexOf bad value', () => text.indexOf({}));
show('indexOf bad encoding', () => text.indexOf('a', 0, 'nope'));
show('indexOf huge offset', () => [text.indexOf('a', 2 ** 40), text.lastIndexOf('a', -(2 ** 40)), text.indexOf('a', -(2 ** 40))]);

show('fill number', () => Buffer.alloc(4).fill(0x41));
show('fill range', () => Buffer.alloc(5).fill(1, 1, 3));
show('fill string', () => Buffer.alloc(7).fill('abc'));
show('fill string offset encoding', () => Buffer.alloc(5).fill('ab', 1, 'latin1'));
show('fill string end encoding', () => Buffer.alloc(5).fill('ab', 1, 4, 'ucs2'));
show('fill multibyte', () => Buffer.alloc(5).fill('\u00e9'));
show('fill hex', () => Buffer.alloc(5).fill('a1b', 'hex'));
show('fill buffer', () => Buffer.alloc(5).fill(Buffer.from([9, 8])));
show('fill boolean', () => Buffer.alloc(2).fill(true));
show('fill empty string', () => Buffer.from('xyz').fill(''));
show('fill start >= end', () => Buffer.from('xyz').fill(0, 2, 1));
show('fill bad hex', () => Buffer.alloc(2).fill('zz', 'hex'));
show('fill empty buffer', () => Buffer.alloc(2).fill(Buffer.alloc(0)));
show('fill bad encoding', () => Buffer.alloc(2).fill('a', 'nope'));
show('fill number encoding', () => Buffer.alloc(2).fill('a', 0, 2, 5));
show('fill bad offset', () => Buffer.alloc(2).fill(1, -1));
show('fill bad end', () => Buffer.alloc(2).fill(1, 0, 3));

show('copy', () => { const t = Buffer.alloc(6, '.'); return [Buffer.from('abc').copy(t, 1), t.toString()]; });
show('copy ranges', () => { const t = Buffer.alloc(4, '.'); return [Buffer.from('abcdef').copy(t, 2, 1, 5), t.toString()]; });
show('copy overlap', () => { const b = Buffer.from('abcdef'); b.copy(b, 2, 0, 4); return b.toString(); });
show('copy to Uint8Array', () => { const t = new Uint8Array(2); Buffer.from('hi').copy(t); return Array.from(t); });
show('copy nothing', () => [Buffer.from('ab').copy(Buffer.alloc(2), 5), Buffer.from('ab').copy(Buffer.alloc(2), 0, 2, 1)]);
show('copy coerced', () => { const t = Buffer.alloc(3, '.'); return [Buffer.from('abc').copy(t, '1', 'x', 2.5), t.toString()]; });
show('copy bad target', () => Buffer.from('ab').copy('x'));
show('copy bad targetStart', () => Buffer.from('ab').copy(Buffer.alloc(2), -1));
show('copy bad sourceStart', () => Buffer.from('ab').copy(Buffer.alloc(2), 0, 3));
show('copy bad sourceEnd', () => Buffer.from('ab').copy(Buffer.alloc(2), 0, 0, -1));

show('equals', () => [Buffer.from('a').equals(Buffer.from('a')), Buffer.from('a').equals(Buffer.from('b')), Buffer.from('a').equals(new Uint8Array([97])), Buffer.from('ab').equals(Buffer.from('a'))]);
show('equals bad', () => Buffer.from('a').equals('a'));
show('compare', () => { const a = Buffer.from('abcd'); const b = Buffer.from('bcde'); return [a.compare(b), b.compare(a), a.compare(b, 0, 3, 1, 4), a.compare(b, 1, 1, 2, 2), a.compare(b, 1, 1), a.compare(b, 0, 2, 3, 3)]; });
show('compare bad target', () => Buffer.from('a').compare('a'));
show('compare bad range', () => Buffer.from('a').compare(Buffer.from('b'), 0, 5));
show('compare fraction', () => Buffer.from('a').compare(Buffer.from('b'), 0.5));

show('swap16', () => Buffer.from('01020304', 'hex').swap16());
show('swap32', () => Buffer.from('0102030405060708', 'hex').swap32());
show('swap64', () => Buffer.from('0102030405060708', 'hex').swap64());
show('swap16 odd', () => Buffer.alloc(3).swap16());
show('swap32 bad', () => Buffer.alloc(6).swap32());
show('swap64 bad', () => Buffer.alloc(4).swap64());
show('toJSON', () => [Buffer.from('hi').toJSON(), JSON.stringify({ b: Buffer.from([1, 2]) }), Buffer.alloc(0).toJSON()]);
show('JSON revive', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('back')))).toString());
show('parent offset', () => { const ab = new ArrayBuffer(4); const b = Buffer.from(ab, 1); return [b.parent === ab, b.offset, b.buffer === ab, b.byteOffset]; });
show('toLocaleString', () => Buffer.from('hi').toLocaleString('hex'));
show('encoding slices', () => { const b = Buffer.from('hi!'); return [b.hexSlice(0, 2), b.utf8Slice(1), b.latin1Slice(), b.base64Slice(), b.ucs2Slice(0, 2)]; });
show('copy huge integers', () => [Buffer.from('abcd').copy(Buffer.alloc(5), 2 ** 53), Buffer.from('abcd').copy(Buffer.alloc(5), 0, 0, 1e300), Buffer.from('abcd').copy(Buffer.alloc(5), Infinity), Buffer.from('abcd').copy(Buffer.alloc(5), 0, 0, '1e20')]);
show('copy huge sourceStart', () => Buffer.from('abcd').copy(Buffer.alloc(5), 0, 2 ** 53));
show('copy very negative', () => Buffer.from('abcd').copy(Buffer.alloc(5), -1e300));
show('toString empty encoding', () => Buffer.from('a').toString(''));
show('toString null encoding', () => Buffer.from('a').toString(null));
show('indexOf empty encoding', () => Buffer.from('a').indexOf('a', ''));
show('alloc fractional with fill', () => [Buffer.alloc(0.5, 'x'), Buffer.alloc(2.5, 'ab', 'latin1')]);
show('fill bigint', () => {
  try {
    Buffer.alloc(2).fill(10n);
    return 'no error';
  } catch (e) {
    return `${e.name} ${e instanceof TypeError}`;
  }
});
show('indexOf ucs2 rounds start down', () => [Buffer.from([0, 0, 64, 0, 0, 0]).indexOf(Buffer.from([64, 0]), 3, 'ucs2'), Buffer.from('abcd', 'ucs2').indexOf('c', 5, 'ucs2'), Buffer.from('abcd', 'ucs2').indexOf(Buffer.from([0x63]), 0, 'ucs2')]);
