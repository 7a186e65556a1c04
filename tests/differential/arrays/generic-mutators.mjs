// shift, unshift, splice and reverse on array-likes, typed arrays, holes and subclasses: the
// specification's generic algorithms, observed through the resulting objects.
const show = (o) => JSON.stringify(o, (k, v) => (v === undefined ? "undef" : v));
function attempt(label, fn) {
  try { console.log(label + ":", fn()); } catch (e) { console.log(label + ":", e.constructor.name, "-", e.message); }
}
const like = () => ({ 0: "a", 1: "b", 3: "d", length: 4 });
attempt("shift array-like", () => { const o = like(); const r = Array.prototype.shift.call(o); return show([r, o]); });
attempt("shift empty array-like", () => { const o = { length: 0 }; return show([Array.prototype.shift.call(o), o]); });
attempt("shift no length", () => { const o = {}; Array.prototype.shift.call(o); return show(o); });
attempt("unshift array-like", () => { const o = like(); const n = Array.prototype.unshift.call(o, "x", "y"); return show([n, o]); });
attempt("unshift nothing", () => { const o = { length: "3" }; return show([Array.prototype.unshift.call(o), o]); });
attempt("splice array-like", () => { const o = like(); const r = Array.prototype.splice.call(o, 1, 2, "P", "Q", "R"); return show([r, o]); });
attempt("splice array-like shrink", () => { const o = like(); const r = Array.prototype.splice.call(o, 0, 3); return show([r, o]); });
attempt("splice holes", () => { const a = [1, , 3, , 5]; const r = a.splice(1, 2); return show([r, 1 in r, a, a.length]); });
attempt("reverse array-like", () => { const o = like(); Array.prototype.reverse.call(o); return show(o); });
attempt("reverse holes", () => { const a = [1, , 3, 4]; a.reverse(); return show([a, 0 in a, 2 in a]); });
attempt("reverse odd", () => [1, 2, 3, 4, 5].reverse().join());
attempt("reverse typed array via Array.prototype", () => Array.prototype.reverse.call(new Int8Array([1, 2, 3])).join());
attempt("splice typed array", () => Array.prototype.splice.call(new Int8Array([1, 2, 3]), 0, 1));
attempt("shift frozen", () => Object.freeze([1, 2]).shift());
attempt("unshift frozen", () => Object.freeze([1]).unshift(0));
attempt("splice frozen", () => Object.freeze([1, 2]).splice(0, 1));
attempt("reverse frozen", () => Object.freeze([1, 2]).reverse());
attempt("shift string wrapper", () => Array.prototype.shift.call("ab"));
class MyArray extends Array {}
attempt("splice species", () => { const m = MyArray.from([1, 2, 3, 4]); const r = m.splice(1, 2); return [r instanceof MyArray, r.join(), m.join()].join(" "); });
attempt("splice species null", () => { const a = [1, 2, 3]; a.constructor = { [Symbol.species]: null }; return Array.isArray(a.splice(0, 1)); });
attempt("splice species custom", () => { const a = [1, 2, 3]; a.constructor = { [Symbol.species]: function (n) { this.made = n; } }; const r = a.splice(1, 1); return show(r); });
attempt("splice bad species", () => { const a = [1, 2]; a.constructor = { [Symbol.species]: 1 }; return a.splice(0); });
attempt("splice negative and huge", () => { const a = [1, 2, 3, 4, 5]; return show([a.splice(-2, 1e9), a]); });
attempt("splice no args", () => { const a = [1, 2]; return show([a.splice(), a]); });
attempt("splice start only", () => { const a = [1, 2, 3]; return show([a.splice(1), a]); });
attempt("splice insert at end", () => { const a = [1]; a.splice(5, 0, 2, 3); return show(a); });
attempt("unshift big array-like", () => Array.prototype.unshift.call({ length: 2 ** 53 - 1 }, 1));
attempt("setter order", () => { const log = []; const o = new Proxy({ 0: "a", 1: "b", length: 2 }, { set(t, k, v) { log.push("set " + String(k)); t[k] = v; return true; }, deleteProperty(t, k) { log.push("del " + String(k)); delete t[k]; return true; } }); Array.prototype.shift.call(o); return log.join(","); });
attempt("unshift order", () => { const log = []; const o = new Proxy({ 0: "a", length: 1 }, { set(t, k, v) { log.push("set " + String(k)); t[k] = v; return true; } }); Array.prototype.unshift.call(o, "z"); return log.join(","); });
