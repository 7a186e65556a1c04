// Every trap, with the order and arguments the VM passes them, logged.
const log = [];
const proxies = new Set();
const show = (v) => proxies.has(v) ? "proxy" : (typeof v === "symbol" ? v.toString() : typeof v === "object" && v !== null ? (Array.isArray(v) ? "[" + v.map(show).join(",") + "]" : "{" + Object.keys(v).join(",") + "}") : typeof v === "function" ? "fn" : String(v));
function logging(target) {
  const handler = {};
  for (const name of ["get", "set", "has", "deleteProperty", "ownKeys", "getOwnPropertyDescriptor", "defineProperty",
    "getPrototypeOf", "setPrototypeOf", "isExtensible", "preventExtensions", "apply", "construct"]) {
    handler[name] = (...args) => {
      log.push(name + "(" + args.slice(1).map(show).join(",") + ")");
      return Reflect[name](...args);
    };
  }
  const proxy = new Proxy(target, handler);
  proxies.add(proxy);
  return proxy;
}
function step(label, fn) {
  log.length = 0;
  let result;
  try { result = show(fn()); } catch (e) { result = e.constructor.name + ": " + e.message; }
  console.log(label.padEnd(28), "=>", result, "|", log.join(" "));
}
const p = logging({ a: 1, b: 2, [Symbol.iterator]: 3 });
step("get", () => p.a);
step("get missing", () => p.zz);
step("set", () => (p.c = 3));
step("has", () => "a" in p);
step("has missing", () => "q" in p);
step("delete", () => delete p.c);
step("keys", () => Object.keys(p));
step("entries", () => Object.entries(p));
step("values", () => Object.values(p));
step("ownKeys", () => Reflect.ownKeys(p));
step("names", () => Object.getOwnPropertyNames(p));
step("symbols", () => Object.getOwnPropertySymbols(p).length);
step("gopd", () => Object.getOwnPropertyDescriptor(p, "a"));
step("defineProperty", () => Object.defineProperty(p, "d", { value: 4, configurable: true }) === p);
step("hasOwnProperty", () => p.hasOwnProperty("a"));
step("hasOwn", () => Object.hasOwn(p, "b"));
step("propertyIsEnumerable", () => p.propertyIsEnumerable("d"));
step("getPrototypeOf", () => Object.getPrototypeOf(p) === Object.prototype);
step("setPrototypeOf", () => Object.setPrototypeOf(p, null) === p);
step("isExtensible", () => Object.isExtensible(p));
step("assign from", () => Object.assign({}, p));
step("spread", () => ({ ...p }));
step("JSON", () => JSON.stringify(p));
step("for-in", () => { const keys = []; for (const k in p) keys.push(k); return keys; });
step("preventExtensions", () => Object.preventExtensions(p) === p);
step("isFrozen", () => Object.isFrozen(p));
step("freeze", () => Object.freeze(p) === p);
step("isFrozen after", () => Object.isFrozen(p));
step("isSealed after", () => Object.isSealed(p));
const f = logging(function named(x, y) { return [this === undefined ? "undef" : typeof this, x, y].join(); });
step("call", () => f(1, 2));
step("call method", () => ({ f }).f(3));
step("apply", () => f.apply(null, [4, 5]));
step("Reflect.apply", () => Reflect.apply(f, undefined, [6]));
class Point { constructor(x) { this.x = x; } }
const P = logging(Point);
step("construct", () => new P(7).x);
step("Reflect.construct", () => Reflect.construct(P, [8]).x);
step("instanceof", () => new Point(1) instanceof P);
step("typeof callable", () => typeof P);
step("name via get", () => P.name);
