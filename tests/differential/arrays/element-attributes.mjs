// Array elements that are accessors or have non-default attributes, and what every operation
// does with them.
const show = (v) => JSON.stringify(v, (k, x) => (x === undefined ? "undef" : x));
function attempt(label, fn) {
  try { console.log(label + ":", fn()); } catch (e) { console.log(label + ":", e.constructor.name, "-", e.message); }
}
const log = [];
const a = [1, 2, 3];
Object.defineProperty(a, "1", { get() { log.push("get 1"); return 20; }, set(v) { log.push("set 1 " + v); }, enumerable: true, configurable: true });
attempt("read accessor", () => [a[1], a.length, log.splice(0).join()].join(" "));
attempt("write accessor", () => { a[1] = 5; return log.splice(0).join(); });
attempt("join/map/spread see getter", () => [a.join(), a.map((x) => x * 2).join(), [...a].join(), log.splice(0).length].join(" | "));
attempt("descriptor", () => show(Object.getOwnPropertyDescriptor(a, "1"), (k, v) => v));
attempt("keys", () => Object.keys(a).join() + " " + JSON.stringify(a));
attempt("in and hasOwn", () => [1 in a, a.hasOwnProperty(1), Object.hasOwn(a, "1")].join());
attempt("back to data", () => { Object.defineProperty(a, "1", { value: 7, writable: true, enumerable: true, configurable: true }); a[1] = 8; return a.join(); });
const ro = [1, 2, 3];
Object.defineProperty(ro, "0", { value: "fixed", writable: false });
attempt("read-only element", () => { try { ro[0] = "changed"; } catch (e) { return e.constructor.name + " " + e.message + " " + ro[0]; } return "no error"; });
attempt("read-only descriptor", () => show(Object.getOwnPropertyDescriptor(ro, "0")));
attempt("Reflect.set read-only", () => Reflect.set(ro, "0", 1));
attempt("delete non-configurable", () => { try { delete ro[0]; } catch (e) { return e.constructor.name; } return "deleted"; });
attempt("Reflect.deleteProperty", () => Reflect.deleteProperty(ro, "0"));
attempt("truncate stops", () => { try { ro.length = 0; } catch (e) { return e.constructor.name + " length " + ro.length; } return "length " + ro.length; });
const hidden = [1, 2, 3];
Object.defineProperty(hidden, "2", { enumerable: false });
attempt("non-enumerable element", () => [Object.keys(hidden).join(), JSON.stringify(hidden), hidden.join(), [...hidden].join()].join(" | "));
attempt("for-in skips", () => { const ks = []; for (const k in hidden) ks.push(k); return ks.join(); });
const far = [];
Object.defineProperty(far, "5", { get: () => "five", configurable: true });
attempt("accessor past the end", () => [far.length, far[5], 4 in far, far.indexOf("five"), far.includes("five")].join());
attempt("push after", () => { far.push("six"); return [far.length, far[6], far[5]].join(); });
attempt("truncate removes", () => { far.length = 3; return [far.length, far[5], 5 in far, Object.getOwnPropertyNames(far).join()].join(" "); });
attempt("sort with accessor", () => { const s = [3, 1, 2]; let reads = 0; Object.defineProperty(s, "0", { get() { reads++; return 3; }, set(v) { Object.defineProperty(s, "0", { value: v, writable: true, enumerable: true, configurable: true }); }, configurable: true, enumerable: true }); s.sort(); return s.join() + " reads>0 " + (reads > 0); });
attempt("reverse with accessor", () => { const r = [1, 2, 3]; Object.defineProperty(r, "0", { get: () => "g", set: (v) => log.push("set0 " + v), configurable: true }); r.reverse(); return [r[0], r[2], log.splice(0).join()].join(" "); });
attempt("splice with accessor", () => { const p = [1, 2, 3, 4]; Object.defineProperty(p, "1", { get: () => "two", configurable: true }); const removed = p.splice(1, 1); return [removed.join(), p.join()].join(" | "); });
attempt("freeze with accessor", () => { const f = [1, 2]; Object.defineProperty(f, "0", { get: () => "z", configurable: true }); Object.freeze(f); return [Object.isFrozen(f), show(Object.getOwnPropertyDescriptor(f, "0").configurable)].join(); });
attempt("seal element", () => { const q = [1, 2]; Object.defineProperty(q, "0", { configurable: false }); return [Object.isSealed(q), q.length, delete q[1], q.length, 1 in q].join(); });
attempt("array-like copy", () => Array.from(a).join() + " " + Array.prototype.slice.call(a, 0, 2).join() + " " + a.concat([9]).join());
attempt("arguments accessor", () => { function f() { Object.defineProperty(arguments, "0", { get: () => "got" }); return arguments[0] + " " + arguments.length; } return f("orig"); });
attempt("sealed array", () => { const s = Object.seal([1, 2, 3]); s[0] = 9; let del = "deleted"; try { delete s[1]; } catch (e) { del = e.constructor.name; } let len; try { s.length = 1; } catch (e) { len = e.constructor.name; } return [Object.isSealed(s), Object.isFrozen(s), s.join(), del, len, s.length, s.map((x) => x * 2).join()].join(" "); });
