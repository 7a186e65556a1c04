class N { #v = 42; static get(o) { return o?.#v; } static deep(o) { return o?.inner?.#v; } }
console.log(N.get(new N()), N.get(null), N.get(undefined));
console.log(N.deep({ inner: new N() }), N.deep({}), N.deep(null));
try { N.get({}); } catch (e) { console.log(e.name); }
