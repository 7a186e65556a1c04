"use strict";
// Legacy url.parse/format/resolve, file URL conversion, domainToASCII/Unicode, urlToHttpOptions.
const url = require('url');
const { URL } = url;
const inputs=['http://user:pass@host.com:8080/p/a/t/h?query=string#hash','HTTP://EXAMPLE.com','//foo/bar','/p?x=1','p?x=1#h','  http://a.com/x  ','http://a.com\\b\\c?d\\e','mailto:user@example.com','javascript:alert("x y")','http://[::1]:3000/x','http://[fe80::1%25en0]/','http://ü.com/ü','http://a b.com/','http://exa_mple.com:80x/p','http://a.com:/x','file:///etc/passwd','file://host/x','xmpp:isaac@example.com','http://x.com#h?q','http://x.com?q#h','http://a@b@c.com/','http://%41@x.com/','http://user%20name:p%40ss@x/','http:x.com','?only','#only','','http://x.com/a"b<c>d{e}f|g^h`i\'j','HTTP://X.COM:80/','https://x.com:443/','//a@b/c','http://a.com/path;params?q',"http://x.com/\u00e9?\u00e9#\u00e9"];
for (const i of inputs){try{const u=url.parse(i); console.log(JSON.stringify(i), JSON.stringify(u), Object.keys(u).length, u instanceof url.Url)}catch(e){console.log(JSON.stringify(i),e.name,e.code,e.message)}}
for (const i of ['http://x.com/?a=1&b=2&a=3','/p?','/p','http://h/p?x=%20']) { const u=url.parse(i,true); console.log(JSON.stringify(u), Object.getPrototypeOf(u.query)===null); }
for (const i of ['//foo/bar','//u@h:1/p?q']) console.log(JSON.stringify(url.parse(i,false,true)));
try{url.parse(5)}catch(e){console.log(e.code,e.message)}
const objs=[{protocol:'http',host:'a.com',pathname:'/x',search:'?q'},{protocol:'https:',hostname:'b.com',port:8080,pathname:'y',query:{a:[1,2],b:'c d'}},{protocol:'mailto',pathname:'x@y.com'},{protocol:'file',pathname:'/etc'},{protocol:'file:'},{slashes:true,host:'h',pathname:'p#q?r',hash:'frag',search:'s#t'},{hostname:'::1',port:3},{auth:'a b:c@d',host:'h'},{protocol:'http:',host:'h',query:'ignored-string'},{},{pathname:'a?b'}];
for (const o of objs) console.log(url.format(o));
console.log(url.format('http://a.com/x?y#z'), url.format(new URL('http://u:p@xn--maana-pta.com/p?q#h'),{unicode:true,auth:false,search:false,fragment:false}), url.format(new URL('http://u:p@h/p?q#h')));
for (const bad of [5,null,undefined]) try{url.format(bad)}catch(e){console.log(e.code,e.message)}
const rs=[['/one/two/three','four'],['http://example.com/','/one'],['http://example.com/one','/two'],['http://example.com/one/','two'],['http://a/b/c/d;p?q','../g'],['http://a/b/c/d;p?q','../../../g'],['http://a/b/c/d;p?q','//g'],['http://a/b/c/d;p?q','?y'],['http://a/b/c/d;p?q','#s'],['http://a/b/c/d;p?q','g/./h/..'],['http://a/b/c/d;p?q','https:x'],['http://a/b','mailto:x@y'],['mailto:a@b','c@d'],['mailto:a@b','?x'],['http://a/b','.'],['http://a/b/','..'],['a/b','../../c'],['','x'],['http://u:p@a/b','//c/d'],['http://a/b','file:x'],['http://a/b','ftp://h'],['http://a/b/c','']];
for (const [a,b] of rs) console.log(a,'+',b,'=',url.resolve(a,b));
const ro = url.resolveObject('http://a/b/c', '../d?e'); console.log(JSON.stringify(ro), ro.constructor.name);
console.log(url.fileURLToPath('file:///a/b%20c/%C3%A9'), url.fileURLToPath(new URL('file:///x/')), url.pathToFileURL('/a b/c%d#e?f').href, url.pathToFileURL('/x/../y/').href, url.pathToFileURL('/t\\x\ny').href);
for (const bad of ['http://x/y','file://host/x','file:///a%2fb', 5, {}]) try{console.log(url.fileURLToPath(bad))}catch(e){console.log(e.name,e.code,e.message)}
console.log(url.domainToASCII('español.com'), url.domainToASCII('xn--iñvalid.com'), JSON.stringify(url.domainToASCII('a b')), url.domainToUnicode('xn--espaol-zwa.com'), url.domainToUnicode('EXAMPLE.com'), JSON.stringify(url.domainToUnicode('xn--iñvalid.com')));
const o = url.urlToHttpOptions(new URL('https://u%20x:p@[::1]:99/p?q#h')); console.log(JSON.stringify(o), Object.getPrototypeOf(o));
console.log(Object.keys(url).sort().join());
