"use strict";
// URL setters with their state overrides, URLSearchParams (live link, sort, iteration, errors), inspect and toJSON.
const { URL, URLSearchParams } = require('url');
function t(label, href, key, value){const u=new URL(href); try{u[key]=value}catch(e){console.log(label,'threw',e.code);return} console.log(label, key, JSON.stringify(value), u.href, '|', u[key]);}
const setters=[['http://h/p','protocol','https'],['http://h/p','protocol','ftp:x'],['http://h/p','protocol','foo'],['foo://h/p','protocol','http'],['http://u@h/','protocol','file'],['file:///x','protocol','http'],['http://h:80/','protocol','ws'],['http://h:8080/','protocol','ws'],['http://h/','protocol','1x'],
['http://h/','username','a b@:'],['http://h/','password','p:w'],['file:///x','username','u'],['mailto:x','username','u'],
['http://h/p','host','x.com:81'],['http://h/p','host','x.com:'],['http://h/p','host',''],['http://h:90/p','host','y'],['http://h/p','host','a/b'],['mailto:x','host','h'],['foo://h/p','host',''],['http://h/p','host','[::1]:5'],['http://h/p','host','ex ample'],
['http://h/p','hostname','x.com:81'],['http://h/p','hostname','ÉX.com'],['file:///p','hostname','localhost'],['file:///p','hostname','srv'],
['http://h/p','port','81'],['http://h/p','port','80'],['http://h/p','port','81abc'],['http://h:5/p','port',''],['http://h/p','port','abc'],['http://h/p','port','70000'],['file:///p','port','3'],['http://h/p','port',8080],
['http://h/p','pathname','/a b/../c'],['http://h/p','pathname','x?y#z'],['mailto:x','pathname','/y'],['foo://h/p','pathname',''],['foo:/p','pathname','//x'],['http://h/p','pathname','\\a\\b'],
['http://h/p','search','a=1 2'],['http://h/p?x','search',''],['http://h/p','search','??x'],['http://h/p','search','#x'],
['http://h/p','hash','x y'],['http://h/p#x','hash',''],['http://h/p','hash','##x'],['data:a b #c','hash',''],
['http://h/p','href','https://other/x'],['http://h/p','href','not a url']];
for (const [h,k,v] of setters) t('set',h,k,v);
const u = new URL('http://h/p?a=1&b=2&a=3');
const sp = u.searchParams;
console.log(sp.get('a'), JSON.stringify(sp.getAll('a')), sp.has('b'), sp.has('a','3'), sp.has('a','4'), sp.size, sp.get('zz'));
sp.append('c','x y&z'); console.log(u.href, u.search);
sp.delete('a'); console.log(u.href);
sp.set('b','9'); sp.set('d','é'); console.log(u.href);
sp.sort(); console.log(u.href);
u.search='?q=1'; console.log(sp.get('q'), sp.size);
u.href='http://x/?z=2'; console.log(sp.get('z'), sp.toString());
sp.delete('z'); console.log(u.href, JSON.stringify(u.search));
console.log(new URLSearchParams('?a=1&b=%20+x&c&=d&e=f=g&&').toString(), JSON.stringify([...new URLSearchParams('a=1&b=2')]), JSON.stringify([...new URLSearchParams({x:'1',y:[1,2]}).entries()]));
console.log([...new URLSearchParams([['a','b'],new Set(['c','d'])])].join('|'), new URLSearchParams(new URLSearchParams('k=v')).toString());
for (const bad of [[['a']], [1], {[Symbol.iterator]: 5}]) { try { new URLSearchParams(bad) } catch(e) { console.log(e.name, e.code, e.message) } }
try { sp.append('a') } catch(e){ console.log(e.code, e.message) }
try { sp.get() } catch(e){ console.log(e.code, e.message) }
try { sp.forEach(1) } catch(e){ console.log(e.code, e.message) }
const s2 = new URLSearchParams('b=2&a=1&c=3&a=0'); s2.sort(); console.log(s2.toString(), JSON.stringify([...s2.keys()]), JSON.stringify([...s2.values()]));
s2.forEach(function(v,k,o){ console.log(k,v,o===s2,this.t) }, {t:'T'});
console.log(new URLSearchParams('a=\ud800&\ud800=b').toString(), new URLSearchParams('x=%F0%9F%98%80&y=%ff').get('y'), new URLSearchParams("sp=!'()*~-_. ").toString());
console.log(new URL('http://a/?x=1'));
console.log(new URLSearchParams('a=1'), new URLSearchParams(), [new URLSearchParams('a=1&b=2')]);
console.log({ nested: new URL('http://u:p@h:1/p?q=1#f') });
console.log(new URLSearchParams('aaaaaaaaaaaaaaaaaaaaa=bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb&ccccccccccccccccccccccccccccc=dddddddddddddddddd'));
console.log(new URLSearchParams('a=1').keys());
console.log(JSON.stringify({u:new URL('http://h/x')}), String(new URL('http://h/x')), URL.canParse('x'), URL.canParse('x','http://h'), URL.canParse('http://h'));
console.log(Object.prototype.toString.call(new URL('http://h')), Object.prototype.toString.call(sp), Object.prototype.toString.call(sp.keys()));
try { new URL('x', 'bad base') } catch (e) { console.log(e.code, e.input, e.base) }
try { URL.prototype.href } catch (e) { console.log(e.name) }
const p = new URLSearchParams('a=1&b=2');
const it = p.entries(); console.log(it); it.next(); console.log(it); it.next(); console.log(it);
console.log(p.values(), [p.keys()]);
