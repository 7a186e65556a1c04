// The library's modules through ES imports (default and named, with and without node:), and node's globals
// that the library implements (Buffer, URL, URLSearchParams, atob, btoa) used as free names.
import { Buffer as ImportedBuffer, atob as importedAtob } from 'node:buffer';
import url, { URL as ImportedURL, URLSearchParams as ImportedParams, parse, fileURLToPath } from 'url';
import querystring from 'node:querystring';
import { StringDecoder } from 'string_decoder';

console.log('buffer', ImportedBuffer.from('hi').toString('hex'), importedAtob('aGk='), ImportedBuffer === Buffer);
console.log('url', new ImportedURL('http://x/y?z=1').pathname, parse('http://a/b').host, typeof url.format, ImportedURL === URL, ImportedParams === URLSearchParams);
console.log('querystring', querystring.stringify({ a: [1, 2], b: 'c d' }), JSON.stringify(querystring.parse('x=1&x=2')));
console.log('string_decoder', new StringDecoder('utf8').write(Buffer.from([0xc3, 0xa9])), fileURLToPath('file:///a/b%20c'));
console.log('globals', Buffer.byteLength('\u20ac'), new URL('../x', 'http://h/a/b').href, new URLSearchParams({ k: 'v' }).toString(), btoa('hi'), atob('aGk='));
console.log('free Buffer is a Uint8Array subclass', Buffer.alloc(2) instanceof Uint8Array, Buffer.isBuffer(ImportedBuffer.alloc(1)));
