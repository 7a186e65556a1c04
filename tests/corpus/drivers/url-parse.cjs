'use strict';
// url-parse: parse absolute and relative URLs (with and without a base), query parsing, set() and
// toString(), protocol handling and odd inputs.
const Url = require('url-parse');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const fields = (u) => ({ protocol: u.protocol, slashes: u.slashes, auth: u.auth, username: u.username, password: u.password, host: u.host, hostname: u.hostname, port: u.port, pathname: u.pathname, query: u.query, hash: u.hash, href: u.href, origin: u.origin });
const urls = [
  'https://user:pass@sub.example.com:8080/p/a/t/h?query=string&x=1#hash', 'http://example.com', 'HTTP://EXAMPLE.COM:80/', 'https://example.com:443/x',
  'mailto:someone@example.com', 'file:///C:/path/to/file', 'ftp://[::1]:21/', 'http://例子.测试/路径', 'javascript:alert(1)', '//no-protocol.com/path',
  'http://example.com/a/../b/./c', '  http://trim.me/  ', 'http:\\\\backslash.com\\path', 'http://a.com?x=1', 'http://a.com#only-hash', 'data:text/plain,hello',
  'http://user@host', 'http://:pw@host', 'blob:https://example.com/uuid', 'ws://socket.example.com:9000/chat',
];
for (const url of urls) attempt(JSON.stringify(url), () => fields(new Url(url)));
const base = 'https://example.com/dir/page.html?q=1#h';
for (const rel of ['other.html', '../up.html', '/root', '?new=query', '#frag', '//cdn.example.org/x.js', 'https://absolute.com/', '', './a/./b/../c']) {
  attempt('relative ' + JSON.stringify(rel), () => new Url(rel, base).href);
}
attempt('parse query true', () => new Url('http://a.com/?a=1&b=two&b=2&c&d=%20x', true).query);
attempt('custom parser', () => new Url('http://a.com/?a=1', (q) => q.toUpperCase()).query);
attempt('no base, relative', () => fields(new Url('/path/only?x=1')));
attempt('empty base object', () => new Url('/path', {}).href);
const u = new Url('http://example.com/start');
u.set('pathname', '/changed');
u.set('query', { k: 'v w' });
u.set('hash', 'anchor');
u.set('port', '8081');
u.set('username', 'me');
out('set', [u.href, u.toString(), u.host]);
u.set('protocol', 'https:');
u.set('hostname', 'other.org');
out('set protocol and hostname', u.href);
u.set('port', '443');
out('default port dropped', u.href);
out('toString custom stringify', new Url('http://a.com/?x=1', true).toString((q) => 'custom=' + Object.keys(q).join(',')));
out('extractProtocol', ['https://a', 'mailto:x', '//a', 'a', 'HTTP:\\\\x'].map((s) => Url.extractProtocol(s)));
out('location', typeof Url.location);
out('qs', [Url.qs.parse('a=1&b=%202'), Url.qs.stringify({ a: 1, b: ' 2' }), Url.qs.stringify({ a: 1 }, true)]);
attempt('non-string', () => fields(new Url(42)));
attempt('called without new', () => Url('http://x.com/').href);
