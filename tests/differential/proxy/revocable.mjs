// Proxy.revocable, revoked proxies in every operation, proxies in prototype chains, IsArray.
function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label + ":", typeof result === "object" && result !== null ? JSON.stringify(result) : String(result));
  } catch (e) {
    console.log(label + ":", e.constructor.name, "-", e.message);
  }
}
const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
attempt("before", () => proxy.a);
attempt("keys of result", () => Object.keys(Proxy.revocable({}, {})).join());
attempt("revoke length/name", () => revoke.length + " [" + revoke.name + "]");
revoke();
revoke();
attempt("get", () => proxy.a);
attempt("set", () => { proxy.a = 2; });
attempt("has", () => "a" in proxy);
attempt("delete", () => delete proxy.a);
attempt("keys", () => Object.keys(proxy));
attempt("gopd", () => Object.getOwnPropertyDescriptor(proxy, "a"));
attempt("defineProperty", () => Object.defineProperty(proxy, "a", { value: 1 }));
attempt("getPrototypeOf", () => Object.getPrototypeOf(proxy));
attempt("setPrototypeOf", () => Object.setPrototypeOf(proxy, null));
attempt("isExtensible", () => Object.isExtensible(proxy));
attempt("preventExtensions", () => Object.preventExtensions(proxy));
attempt("typeof", () => typeof proxy);
attempt("Array.isArray", () => Array.isArray(proxy));
const f = Proxy.revocable(function () { return 1; }, {});
f.revoke();
attempt("call revoked", () => f.proxy());
attempt("typeof revoked function", () => typeof f.proxy);
attempt("construct revoked", () => new f.proxy());

const arrayProxy = new Proxy([1, 2, 3], {});
attempt("isArray", () => Array.isArray(arrayProxy));
attempt("nested isArray", () => Array.isArray(new Proxy(arrayProxy, {})));
attempt("toString tag", () => Object.prototype.toString.call(arrayProxy));
attempt("function tag", () => Object.prototype.toString.call(new Proxy(function () {}, {})));
attempt("object tag", () => Object.prototype.toString.call(new Proxy(new Map(), {})));
attempt("JSON array", () => JSON.stringify(arrayProxy));
attempt("concat spreads", () => [0].concat(arrayProxy).join());
attempt("length", () => arrayProxy.length);
attempt("push through proxy", () => { arrayProxy.push(4); return arrayProxy.join(); });
attempt("spread iterates", () => [...arrayProxy].join("-"));
attempt("Array.from", () => Array.from(arrayProxy).length);

// A proxy as a prototype: lookups that miss the object go to the trap with the right receiver.
const seen = [];
const protoProxy = new Proxy({ inherited: "yes" }, {
  get(target, key, receiver) { seen.push(String(key)); return key in target ? target[key] : receiver === child ? "via child" : "?"; },
  has(target, key) { seen.push("has " + String(key)); return key === "virtual" || key in target; },
  set(target, key, value, receiver) { seen.push("set " + String(key)); return Reflect.set(target, key, value, receiver); },
});
const child = Object.create(protoProxy);
child.own = 1;
attempt("own", () => child.own);
attempt("inherited", () => child.inherited);
attempt("virtual", () => child.anything);
attempt("in own", () => "own" in child);
attempt("in virtual", () => "virtual" in child);
attempt("set new on child", () => { child.fresh = 5; return Object.keys(child).join(); });
attempt("trap log", () => seen.join(","));
attempt("instanceof through proxy proto", () => { function C() {} C.prototype = protoProxy; return child instanceof C; });
attempt("isPrototypeOf", () => protoProxy.isPrototypeOf(child));

// Reflect on ordinary objects, receivers and failures.
const target = { x: 1, get doubled() { return this.x * 2; }, set store(v) { this.stored = v; } };
attempt("Reflect.get receiver", () => Reflect.get(target, "doubled", { x: 21 }));
attempt("Reflect.set receiver", () => { const r = {}; Reflect.set(target, "store", 5, r); return r; });
attempt("Reflect.set data receiver", () => { const r = {}; const ok = Reflect.set(target, "x", 9, r); return [ok, r.x, target.x]; });
attempt("Reflect.set frozen", () => Reflect.set(Object.freeze({ a: 1 }), "a", 2));
attempt("Reflect.set getter only", () => Reflect.set({ get a() { return 1; } }, "a", 2));
attempt("Reflect.defineProperty frozen", () => Reflect.defineProperty(Object.freeze({ a: 1 }), "a", { value: 2 }));
attempt("Reflect.defineProperty same", () => Reflect.defineProperty(Object.freeze({ a: 1 }), "a", { value: 1 }));
attempt("Reflect.deleteProperty sealed", () => Reflect.deleteProperty(Object.seal({ a: 1 }), "a"));
attempt("Reflect.has", () => Reflect.has([], "length") + " " + Reflect.has({}, "toString"));
attempt("Reflect.ownKeys order", () => Reflect.ownKeys({ b: 1, 2: 1, a: 1, 1: 1, [Symbol.iterator]: 1 }).map(String).join());
attempt("Reflect.getOwnPropertyDescriptor", () => Reflect.getOwnPropertyDescriptor({ get a() { return 1; } }, "a"));
attempt("Reflect.apply non-callable", () => Reflect.apply(1, null, []));
attempt("Reflect.construct newTarget", () => { class A { constructor() { this.t = new.target.name; } } class B {} const o = Reflect.construct(A, [], B); return [o.t, Object.getPrototypeOf(o) === B.prototype]; });
attempt("Reflect.get non-object", () => Reflect.get(1, "a"));
attempt("Reflect.setPrototypeOf cycle", () => { const a = {}; const b = Object.create(a); return Reflect.setPrototypeOf(a, b); });
attempt("Reflect.setPrototypeOf non-extensible", () => Reflect.setPrototypeOf(Object.preventExtensions({}), {}));
attempt("Reflect.setPrototypeOf bad proto", () => Reflect.setPrototypeOf({}, 1));
attempt("Reflect tag", () => Object.prototype.toString.call(Reflect));
