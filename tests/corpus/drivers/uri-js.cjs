'use strict';
// uri-js: RFC 3986 parsing, serialization, resolution, normalization, equality, IRIs and schemes.
const URI = require('uri-js');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const uris = [
  'uri://user:pass@example.com:123/one/two.three?q1=a1&q2=a2#body', 'http://EXAMPLE.com:80/a/./b/../c?x#y', 'https://[2001:db8::7]:8443/path',
  'mailto:alfred@example.com?subject=hi', 'urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6', 'urn:example:animal:ferret:nose', '//host.only/path', '/relative/path?x',
  '../up', 'http://münchen.de/straße', 'http://xn--mnchen-3ya.de/', 'http://a/b%2Fc%7e', 'ws://example.com/chat', 'file:///etc/hosts', 'http://user@[v1.fe]/', 'not a uri',
  'http://example.com:port/', 'HTTP://Example.COM/%7Euser',
];
for (const uri of uris) attempt('parse ' + uri, () => URI.parse(uri));
for (const uri of uris) attempt('normalize ' + uri, () => URI.normalize(uri));
attempt('parse iri', () => URI.parse('http://münchen.de/straße', { iri: true }));
attempt('serialize', () => URI.serialize({ scheme: 'http', host: 'example.com', port: 8080, path: '/a b', query: 'q=1', fragment: 'f' }));
attempt('serialize iri', () => URI.serialize({ scheme: 'http', host: 'xn--mnchen-3ya.de', path: '/stra%C3%9Fe' }, { iri: true }));
attempt('serialize absolutePath', () => URI.serialize({ path: '//double' }));
const base = 'http://a/b/c/d;p?q';
const references = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y'];
out('resolve', references.map((r) => URI.resolve(base, r)));
attempt('resolve tolerant', () => URI.resolve('http://a/b/c/d;p?q', 'http:g', { tolerant: true }));
attempt('removeDotSegments', () => ['/a/b/c/./../../g', 'mid/content=5/../6', '/../x', '.'].map(URI.removeDotSegments));
out('equal', [URI.equal('example://a/b/c/%7Bfoo%7D', 'eXAMPLE://a/./b/../b/%63/%7bfoo%7d'), URI.equal('http://abc.com:80/~smith/home.html', 'http://ABC.com/%7Esmith/home.html'), URI.equal('http://a/', 'http://b/')]);
out('escape unescape component', [URI.escapeComponent('a b/c?d#e\u00e9'), URI.unescapeComponent('a%20b%2Fc%C3%A9')]);
attempt('mailto details', () => URI.parse('mailto:a@example.com,b@example.org?subject=Hello%20There&body=x'));
attempt('serialize mailto', () => URI.serialize({ scheme: 'mailto', to: ['a@example.com'], headers: { subject: 'Hi there' } }));
attempt('urn uuid invalid', () => URI.parse('urn:uuid:not-a-uuid'));
attempt('reference type', () => ['http://a/b', '//a/b', '/b', 'b', '#f'].map((u) => URI.parse(u).reference));
attempt('unicodeSupport / domainHost', () => URI.parse('http://\u00e9xample.com', { domainHost: true }).host);
attempt('parse with scheme option', () => URI.parse('//example.com/x', { scheme: 'https' }));
attempt('SCHEMES', () => Object.keys(URI.SCHEMES).sort());
