// WeakRef and FinalizationRegistry: the API surface that does not depend on when the collector runs.
function attempt(label, fn) {
  try { console.log(label + ":", String(fn())); } catch (e) { console.log(label + ":", e.constructor.name, "-", e.message); }
}
const target = { name: "t" };
const ref = new WeakRef(target);
attempt("deref", () => ref.deref() === target);
attempt("deref twice", () => ref.deref() === ref.deref());
attempt("tag", () => Object.prototype.toString.call(ref));
attempt("WeakRef.length", () => WeakRef.length);
attempt("WeakRef without new", () => WeakRef({}));
attempt("WeakRef primitive", () => new WeakRef(1));
attempt("WeakRef registered symbol", () => new WeakRef(Symbol.for("x")));
attempt("WeakRef unique symbol", () => typeof new WeakRef(Symbol("s")).deref());
attempt("deref wrong receiver", () => WeakRef.prototype.deref.call({}));
attempt("subclass", () => { class R extends WeakRef { extra() { return "x"; } } const r = new R(target); return [r.extra(), r.deref() === target, r instanceof WeakRef].join(); });
const registry = new FinalizationRegistry(() => {});
attempt("registry tag", () => Object.prototype.toString.call(registry));
attempt("FinalizationRegistry.length", () => FinalizationRegistry.length);
attempt("non-callable cleanup", () => new FinalizationRegistry(1));
attempt("without new", () => FinalizationRegistry(() => {}));
attempt("register returns", () => registry.register({}, "held"));
attempt("register same target and held", () => { const o = {}; return registry.register(o, o); });
attempt("register primitive", () => registry.register(1, "x"));
attempt("register bad token", () => registry.register({}, "x", 1));
const token = {};
registry.register({}, "a", token);
registry.register({}, "b", token);
attempt("unregister", () => registry.unregister(token));
attempt("unregister again", () => registry.unregister(token));
attempt("unregister unknown", () => registry.unregister({}));
attempt("unregister primitive", () => registry.unregister(1));
attempt("symbol token", () => { const s = Symbol("tok"); registry.register({}, 1, s); return registry.unregister(s); });
attempt("prototype methods", () => Object.getOwnPropertyNames(FinalizationRegistry.prototype).sort().join());
attempt("weakref methods", () => Object.getOwnPropertyNames(WeakRef.prototype).sort().join());
attempt("WeakMap symbol key", () => { const m = new WeakMap(); const s = Symbol("k"); m.set(s, 1); return m.get(s); });
attempt("WeakMap registered symbol key", () => new WeakMap().set(Symbol.for("k"), 1));
attempt("WeakSet many", () => { const s = new WeakSet(); const keys = Array.from({ length: 100 }, () => ({})); keys.forEach((k) => s.add(k)); return keys.filter((k) => s.has(k)).length; });
