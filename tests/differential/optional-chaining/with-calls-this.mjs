const o = { v: 42, m() { return this.v; } };
console.log(o.m?.(), o?.m(), (o?.m)(), o["m"]?.());
const nested = { inner: { v: 1, get() { return this.v; } } };
console.log(nested?.inner?.get(), nested.inner.get?.());
try { o.notFn?.call(); } catch (e) { console.log(e.name); }
try { ({ notFn: 5 }).notFn?.(); } catch (e) { console.log(e.name); }
