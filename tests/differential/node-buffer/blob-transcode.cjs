"use strict";
// buffer.Blob (parts, type, slice, text/arrayBuffer/bytes) and buffer.transcode.
const { Blob, Buffer, transcode } = require('buffer');

function show(label, run) {
  try {
    const value = run();
    console.log(label, value instanceof Uint8Array ? value.toString('hex') : JSON.stringify(value));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const blob = new Blob(['ab', new Uint8Array([99]), new Blob(['d\u00e9']), new Uint16Array([0x6665]).buffer], { type: 'Text/Plain' });
show('size and type', () => [blob.size, blob.type, Object.prototype.toString.call(blob)]);
console.log('inspect', blob, [new Blob()]);
show('types', () => [new Blob([], { type: 'a\u00e9' }).type, new Blob([], { type: 'A/B;C=D' }).type, new Blob().type, new Blob().size]);
show('slice types', () => [blob.slice(1, 2, 'X/Y').type, blob.slice(1, 2).type]);
show('not a sequence', () => new Blob('abc'));
show('null sources', () => new Blob(null));
show('bad options', () => new Blob([], 5));
show('bad endings', () => new Blob([], { endings: 'weird' }));
show('stringified parts', () => new Blob([1, {}, null]).size);
show('source copied', () => {
  const bytes = new Uint8Array([1, 2]);
  const copy = new Blob([bytes]);
  bytes[0] = 9;
  return copy.size;
});
show('prototype', () => Object.getOwnPropertyNames(Blob.prototype).filter((name) => name !== 'stream'));

async function reads() {
  console.log('text', JSON.stringify(await blob.text()));
  console.log('slice text', JSON.stringify(await blob.slice(1, 3).text()), JSON.stringify(await blob.slice(-3).text()), JSON.stringify(await blob.slice(5, 2).text()));
  const buffer = await blob.slice(0, 3).arrayBuffer();
  console.log('arrayBuffer', buffer instanceof ArrayBuffer, buffer.byteLength, Buffer.from(buffer).toString());
  const bytes = await blob.bytes();
  console.log('bytes', bytes instanceof Uint8Array, bytes.length, Buffer.from(bytes).toString('hex'));
  console.log('nested slice', JSON.stringify(await blob.slice(1).slice(1, 3).text()));
}

reads().then(() => {
  show('utf8 to latin1', () => transcode(Buffer.from('h\u20ac\u00e9'), 'utf8', 'latin1'));
  show('utf8 to ucs2', () => transcode(Buffer.from('h\u20ac\u00e9'), 'utf8', 'ucs2'));
  show('latin1 to utf8', () => transcode(Buffer.from('h\u00e9', 'latin1'), 'latin1', 'utf8'));
  show('utf8 to ascii', () => transcode(Buffer.from('h\u20ac\ud83d\ude00'), 'utf8', 'ascii'));
  show('utf16le to utf8', () => transcode(Buffer.from('\ud83d\ude00x', 'utf16le'), 'utf16le', 'utf-8'));
  show('empty', () => transcode(Buffer.alloc(0), 'utf8', 'hex'));
  show('unsupported', () => transcode(Buffer.from('x'), 'utf8', 'hex'));
  show('not a buffer', () => transcode('x', 'utf8', 'latin1'));
});
