// Annex B built-ins that node provides and old packages still call.
function attempt(label, fn) {
  try { console.log(label + ":", String(fn())); } catch (e) { console.log(label + ":", e.constructor.name, "-", e.message); }
}
const o = {};
o.__defineGetter__("g", function () { return "got " + this.tag; });
o.__defineSetter__("s", function (v) { this.tag = v; });
o.s = "x";
attempt("__defineGetter__", () => o.g);
attempt("descriptor", () => JSON.stringify(Object.getOwnPropertyDescriptor(o, "g"), (k, v) => (typeof v === "function" ? "fn" : v)));
attempt("__lookupGetter__ own", () => typeof o.__lookupGetter__("g"));
attempt("__lookupGetter__ inherited", () => Object.create(o).__lookupGetter__("g") === o.__lookupGetter__("g"));
attempt("__lookupGetter__ data", () => ({ d: 1 }).__lookupGetter__("d"));
attempt("__lookupSetter__", () => typeof o.__lookupSetter__("s"));
attempt("__lookupSetter__ missing", () => o.__lookupSetter__("nope"));
attempt("__defineGetter__ non-function", () => o.__defineGetter__("h", 1));
attempt("__defineGetter__ frozen", () => Object.freeze({}).__defineGetter__("h", () => 1));
attempt("__lookupGetter__ proto", () => typeof ({}).__lookupGetter__("__proto__"));
for (const [name, arg] of [["anchor", 'a"b'], ["big"], ["blink"], ["bold"], ["fixed"], ["fontcolor", "red"], ["fontsize", 7],
  ["italics"], ["link", "http://x/?a=\"1\""], ["small"], ["strike"], ["sub"], ["sup"]]) {
  attempt(name, () => "t<e>xt"[name](arg));
  attempt(name + ".length", () => String.prototype[name].length);
}
attempt("anchor undefined", () => "x".anchor());
attempt("bold on number", () => String.prototype.bold.call(42));
attempt("bold on null", () => String.prototype.bold.call(null));
attempt("trimLeft", () => JSON.stringify("  a  ".trimLeft()) + JSON.stringify("  a  ".trimRight()));
attempt("trimLeft is trimStart", () => String.prototype.trimLeft === String.prototype.trimStart && String.prototype.trimRight === String.prototype.trimEnd);
attempt("trimLeft name", () => String.prototype.trimLeft.name + " " + String.prototype.trimRight.name);
attempt("Function.prototype.caller", () => Function.prototype.caller);
attempt("Function.prototype.arguments", () => Function.prototype.arguments);
attempt("caller descriptor", () => { const d = Object.getOwnPropertyDescriptor(Function.prototype, "caller"); return [typeof d.get, d.get === d.set, d.enumerable].join(); });
attempt("strict function caller", () => (function () { "use strict"; }).caller);
attempt("BigInt toLocaleString", () => [0n, 12n, 1234n, -1234567n, 123456789012345678901234567890n].map((b) => b.toLocaleString()).join(" "));
attempt("BigInt tag", () => Object.prototype.toString.call(1n) + " " + 10n[Symbol.toStringTag]);
attempt("BigInt wrapper toString", () => Object(255n).toString(16));
attempt("BigInt wrapper valueOf", () => typeof Object(5n).valueOf());
attempt("escape", () => escape("a b+c/ä€😀@*_-.~"));
attempt("unescape", () => unescape("%u20AC%E4%zz%41%u00"));
