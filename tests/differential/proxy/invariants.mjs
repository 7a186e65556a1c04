// Each proxy invariant of ECMAScript 10.5, broken once and kept once; the errors V8 reports.
function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label + ":", typeof result === "object" && result !== null ? JSON.stringify(result) : String(result));
  } catch (e) {
    console.log(label + ":", e.constructor.name, "-", e.message);
  }
}
const frozenTarget = Object.freeze({ fixed: 1 });
const sealed = Object.seal({ s: 1 });
const nonExt = Object.preventExtensions({ n: 1 });
const withGetterOnly = {};
Object.defineProperty(withGetterOnly, "g", { set(v) {}, configurable: false });

attempt("get lies about frozen value", () => new Proxy(frozenTarget, { get: () => 2 }).fixed);
attempt("get tells truth", () => new Proxy(frozenTarget, { get: () => 1 }).fixed);
attempt("get accessor without getter", () => new Proxy(withGetterOnly, { get: () => 5 }).g);
attempt("get accessor undefined ok", () => new Proxy(withGetterOnly, { get: () => undefined }).g);
attempt("set frozen different", () => { const p = new Proxy(frozenTarget, { set: () => true }); p.fixed = 9; return "no error"; });
attempt("set frozen same", () => { const p = new Proxy(frozenTarget, { set: () => true }); p.fixed = 1; return "ok"; });
attempt("set returns false strict", () => { const p = new Proxy({}, { set: () => false }); p.x = 1; return "no error"; });
attempt("Reflect.set false", () => Reflect.set(new Proxy({}, { set: () => false }), "x", 1));
attempt("has hides non-configurable", () => "fixed" in new Proxy(frozenTarget, { has: () => false }));
attempt("has hides on non-extensible", () => "n" in new Proxy(nonExt, { has: () => false }));
attempt("has hides configurable", () => "a" in new Proxy({ a: 1 }, { has: () => false }));
attempt("delete non-configurable", () => delete new Proxy(sealed, { deleteProperty: () => true }).s);
attempt("delete returns false strict", () => delete new Proxy({ a: 1 }, { deleteProperty: () => false }).a);
attempt("Reflect.deleteProperty false", () => Reflect.deleteProperty(new Proxy({ a: 1 }, { deleteProperty: () => false }), "a"));
attempt("delete on non-extensible", () => delete new Proxy(nonExt, { deleteProperty: () => true }).n);
attempt("defineProperty new on non-extensible", () => Object.defineProperty(new Proxy(nonExt, { defineProperty: () => true }), "q", { value: 1 }));
attempt("defineProperty non-configurable absent", () => Object.defineProperty(new Proxy({}, { defineProperty: () => true }), "q", { value: 1, configurable: false }));
attempt("defineProperty returns false", () => Object.defineProperty(new Proxy({}, { defineProperty: () => false }), "q", { value: 1 }));
attempt("Reflect.defineProperty false", () => Reflect.defineProperty(new Proxy({}, { defineProperty: () => false }), "q", { value: 1 }));
attempt("gopd undefined for non-configurable", () => Object.getOwnPropertyDescriptor(new Proxy(frozenTarget, { getOwnPropertyDescriptor: () => undefined }), "fixed"));
attempt("gopd undefined on non-extensible", () => Object.getOwnPropertyDescriptor(new Proxy(nonExt, { getOwnPropertyDescriptor: () => undefined }), "n"));
attempt("gopd returns number", () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: () => 1 }), "x"));
attempt("gopd non-configurable for missing", () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: () => ({ value: 1, configurable: false }) }), "x"));
attempt("gopd invents on extensible", () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: () => ({ value: 7, configurable: true }) }), "x"));
attempt("gopd incompatible", () => Object.getOwnPropertyDescriptor(new Proxy(frozenTarget, { getOwnPropertyDescriptor: () => ({ value: 2, configurable: false, writable: false }) }), "fixed"));
attempt("ownKeys duplicate", () => Reflect.ownKeys(new Proxy({}, { ownKeys: () => ["a", "a"] })));
attempt("ownKeys non-string", () => Reflect.ownKeys(new Proxy({}, { ownKeys: () => [1] })));
attempt("ownKeys not object", () => Reflect.ownKeys(new Proxy({}, { ownKeys: () => "ab" })));
attempt("ownKeys omits non-configurable", () => Reflect.ownKeys(new Proxy(sealed, { ownKeys: () => [] })));
attempt("ownKeys extra on non-extensible", () => Reflect.ownKeys(new Proxy(nonExt, { ownKeys: () => ["n", "extra"] })));
attempt("ownKeys omits on non-extensible", () => Reflect.ownKeys(new Proxy(nonExt, { ownKeys: () => [] })));
attempt("ownKeys exact on non-extensible", () => Reflect.ownKeys(new Proxy(nonExt, { ownKeys: () => ["n"] })));
attempt("ownKeys extra on extensible", () => Reflect.ownKeys(new Proxy({}, { ownKeys: () => ["x", Symbol.iterator.description] })));
attempt("getPrototypeOf non-object", () => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => 1 })));
attempt("getPrototypeOf lies on non-extensible", () => Object.getPrototypeOf(new Proxy(nonExt, { getPrototypeOf: () => Array.prototype })));
attempt("getPrototypeOf null ok", () => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => null })));
attempt("setPrototypeOf false", () => Object.setPrototypeOf(new Proxy({}, { setPrototypeOf: () => false }), null));
attempt("Reflect.setPrototypeOf false", () => Reflect.setPrototypeOf(new Proxy({}, { setPrototypeOf: () => false }), null));
attempt("setPrototypeOf lies on non-extensible", () => Reflect.setPrototypeOf(new Proxy(nonExt, { setPrototypeOf: () => true }), null));
attempt("isExtensible lies", () => Object.isExtensible(new Proxy({}, { isExtensible: () => false })));
attempt("preventExtensions lies", () => Object.preventExtensions(new Proxy({}, { preventExtensions: () => true })));
attempt("preventExtensions false", () => Object.preventExtensions(new Proxy({}, { preventExtensions: () => false })));
attempt("Reflect.preventExtensions false", () => Reflect.preventExtensions(new Proxy({}, { preventExtensions: () => false })));
attempt("construct returns primitive", () => new (new Proxy(function () {}, { construct: () => 1 }))());
attempt("construct returns object", () => new (new Proxy(function () {}, { construct: () => ({ made: true }) }))());
try { new Proxy({}, {})(); } catch (e) { console.log("call non-callable proxy:", e.constructor.name); }
try { new (new Proxy(() => 1, {}))(); } catch (e) { console.log("new non-constructor proxy:", e.constructor.name); }
attempt("trap not callable", () => new Proxy({}, { get: 42 }).x);
attempt("trap null means default", () => new Proxy({ x: 5 }, { get: null }).x);
attempt("Proxy without new", () => Proxy({}, {}));
attempt("Proxy non-object target", () => new Proxy(1, {}));
attempt("Proxy non-object handler", () => new Proxy({}, null));
attempt("Proxy.length", () => Proxy.length + " " + Proxy.name + " " + ("prototype" in Proxy));
