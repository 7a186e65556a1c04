// structuredClone: what is copied, what is shared, what is refused.
const show = (v) => JSON.stringify(v);
function attempt(label, fn) {
  try { console.log(label + ":", fn()); } catch (e) { console.log(label + ":", e.constructor.name, e.name, JSON.stringify(e.message), e.code, e instanceof Error); }
}
attempt("primitives", () => [1, "s", true, null, undefined, 10n, NaN].map((v) => String(structuredClone(v))).join());
attempt("negative zero", () => Object.is(structuredClone(-0), -0));
attempt("plain object", () => show(structuredClone({ a: 1, b: { c: [1, 2, { d: "x" }] } })));
attempt("copy is distinct", () => { const o = { inner: {} }; const c = structuredClone(o); return [c !== o, c.inner !== o.inner].join(); });
attempt("shared references stay shared", () => { const s = { v: 1 }; const c = structuredClone({ a: s, b: s }); return c.a === c.b; });
attempt("cycles", () => { const o = { name: "o" }; o.self = o; o.list = [o]; const c = structuredClone(o); return [c.self === c, c.list[0] === c, c !== o].join(); });
attempt("getters read once into data", () => { let n = 0; const c = structuredClone({ get g() { return ++n; } }); return show([c.g, c.g, n, Object.getOwnPropertyDescriptor(c, "g").writable]); });
attempt("symbols keys skipped", () => Object.getOwnPropertySymbols(structuredClone({ [Symbol("s")]: 1, k: 2 })).length);
attempt("non-enumerable skipped", () => show(Object.keys(structuredClone(Object.defineProperty({ a: 1 }, "hidden", { value: 2 })))));
attempt("class instance becomes plain", () => { class P { constructor() { this.x = 1; } m() {} } const c = structuredClone(new P()); return [Object.getPrototypeOf(c) === Object.prototype, c.x, typeof c.m].join(); });
attempt("arrays keep holes and length", () => { const a = [1, , 3]; a.length = 5; a.extra = "e"; const c = structuredClone(a); return show([c.length, 1 in c, c.extra, Array.isArray(c)]); });
attempt("date", () => { const d = new Date(Date.UTC(2020, 1, 29, 12)); const c = structuredClone(d); return [c instanceof Date, c.toISOString(), c !== d].join(); });
attempt("invalid date", () => String(structuredClone(new Date(NaN))));
attempt("regexp", () => { const r = /a+b/gi; r.lastIndex = 4; const c = structuredClone(r); return [c.source, c.flags, c.lastIndex, c instanceof RegExp].join(); });
attempt("map", () => { const k = { key: 1 }; const m = new Map([[k, { v: k }], ["s", 2]]); const c = structuredClone(m); const [ck] = c.keys(); return [c.size, ck !== k, c.get(ck).v === ck, c.get("s")].join(); });
attempt("set", () => { const o = {}; const c = structuredClone(new Set([o, o, 1, "1"])); return [c.size, c.has(1), c.has("1")].join(); });
attempt("map containing itself", () => { const m = new Map(); m.set("me", m); const c = structuredClone(m); return c.get("me") === c; });
attempt("wrappers", () => { const c = structuredClone([new Number(5), new String("s"), new Boolean(false)]); return c.map((w) => typeof w + ":" + w.valueOf()).join(); });
attempt("bigint wrapper", () => { const c = structuredClone(Object(7n)); return typeof c + ":" + c.valueOf(); });
attempt("error", () => { const e = new RangeError("bad", { cause: { why: 1 } }); const c = structuredClone(e); return [c instanceof RangeError, c.name, c.message, show(c.cause), typeof c.stack, c !== e].join(); });
attempt("error own keys", () => Object.getOwnPropertyNames(structuredClone(new TypeError("m", { cause: 0 }))).sort().join());
attempt("custom error name", () => { const e = new Error("q"); e.name = "MyError"; const c = structuredClone(e); return [c.name, c.constructor.name].join(); });
attempt("error subclass", () => { class Oops extends TypeError {} const c = structuredClone(new Oops("m")); return [c.constructor.name, c.name, c.message].join(); });
attempt("error extra props dropped", () => { const e = new Error("x"); e.code = 42; return structuredClone(e).code; });
attempt("nested error in object", () => { const c = structuredClone({ err: new SyntaxError("s") }); return c.err instanceof SyntaxError; });
attempt("symbol", () => structuredClone(Symbol("s")));
attempt("weakmap", () => structuredClone(new WeakMap()));
attempt("weakset inside object", () => structuredClone({ ok: 1, bad: new WeakSet() }));
attempt("promise", () => structuredClone(Promise.resolve(1)));
attempt("proxy", () => structuredClone(new Proxy({}, {})));
try { structuredClone(() => 1); } catch (e) { console.log("function:", e.name, e.code); }
try { structuredClone({ method() {} }); } catch (e) { console.log("method:", e.name); }
attempt("no argument", () => structuredClone());
attempt("DOMException", () => { const e = new DOMException("msg", "AbortError"); return [e.name, e.message, e.code, e instanceof Error, Object.prototype.toString.call(e)].join(); });
attempt("DOMException defaults", () => { const e = new DOMException(); return [e.name, JSON.stringify(e.message), e.code].join(); });
attempt("structuredClone.name", () => structuredClone.name);
// Binary data: buffers are copied, views keep their type and window, shared buffers stay shared.
attempt("ArrayBuffer", () => { const b = new Uint8Array([1, 2, 3]).buffer; const c = structuredClone(b); new Uint8Array(b)[0] = 9; return [c.byteLength, new Uint8Array(c).join(), c !== b].join(); });
attempt("typed array window", () => { const buf = new ArrayBuffer(16); const v = new Int16Array(buf, 4, 3); v.set([1, -2, 3]); const c = structuredClone(v); return [c.constructor.name, c.byteOffset, c.length, c.buffer.byteLength, c.join()].join(); });
attempt("views share one buffer", () => { const buf = new ArrayBuffer(8); const c = structuredClone({ a: new Uint8Array(buf), b: new Float32Array(buf) }); return c.a.buffer === c.b.buffer; });
attempt("DataView", () => { const d = new DataView(new ArrayBuffer(8), 2, 4); d.setInt16(0, -5); const c = structuredClone(d); return [c.constructor.name, c.byteOffset, c.byteLength, c.getInt16(0)].join(); });
attempt("BigInt64Array", () => structuredClone(new BigInt64Array([1n, -2n])).join());
attempt("transfer", () => { const b = new Uint8Array([7, 8]).buffer; const c = structuredClone(b, { transfer: [b] }); return [b.byteLength, new Uint8Array(c).join()].join(); });
attempt("transfer view's buffer", () => { const v = new Uint8Array([1, 2]); const c = structuredClone(v, { transfer: [v.buffer] }); return [v.length, v.byteLength, c.join()].join(); });
attempt("transfer detached", () => { const b = new ArrayBuffer(1); structuredClone(b, { transfer: [b] }); return structuredClone(b); });
attempt("transfer non-buffer", () => structuredClone(1, { transfer: [{}] }));
attempt("transfer duplicate", () => { const b = new ArrayBuffer(1); return structuredClone(1, { transfer: [new ArrayBuffer(2), b, b] }); });
