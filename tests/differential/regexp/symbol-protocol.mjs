// The Symbol.match / matchAll / replace / search / split protocol between String and RegExp.
const show = (v) => JSON.stringify(v);
function attempt(label, fn) {
  try { console.log(label + ":", show(fn())); } catch (e) { console.log(label + ":", e.constructor.name, "-", e.message); }
}
// Objects that implement the protocol themselves.
const custom = {
  [Symbol.match]: (s) => ["custom match of " + s],
  [Symbol.replace]: (s, r) => `replace(${s},${r})`,
  [Symbol.search]: (s) => s.length,
  [Symbol.split]: (s, limit) => [s, limit],
  [Symbol.matchAll]: (s) => ["all", s],
};
attempt("match", () => "abc".match(custom));
attempt("replace", () => "abc".replace(custom, "x"));
attempt("replaceAll", () => "abc".replaceAll(custom, "y"));
attempt("search", () => "abcd".search(custom));
attempt("split", () => "a,b".split(custom, 3));
attempt("matchAll", () => "q".matchAll(custom));
attempt("symbol method not callable", () => "a".split({ [Symbol.split]: 5 }));
// A RegExp subclass whose exec is observed by every method.
const calls = [];
class Logged extends RegExp {
  exec(s) { calls.push(this.lastIndex); return super.exec(s); }
}
const logged = new Logged("a", "g");
attempt("subclass match", () => "banana".match(logged));
attempt("exec lastIndex log", () => calls.splice(0));
attempt("subclass replace", () => "banana".replace(logged, "o"));
attempt("exec log 2", () => calls.splice(0).length);
attempt("subclass search", () => "xxa".search(new Logged("a")));
attempt("subclass split", () => "a1b2c".split(new Logged("\\d")));
attempt("split uses species", () => calls.length > 0);
attempt("subclass matchAll", () => [..."a-a".matchAll(new Logged("a", "g"))].map((m) => m.index));
// Generic receivers: any object with exec.
const fakeExec = { exec() { return this.done ? null : ((this.done = true), Object.assign(["zz"], { index: 1 })); }, flags: "", lastIndex: 0 };
attempt("generic @@replace", () => RegExp.prototype[Symbol.replace].call(fakeExec, "abcd", "Y"));
attempt("generic @@search", () => (fakeExec.done = false, RegExp.prototype[Symbol.search].call(fakeExec, "abcd")));
attempt("@@match on non-object", () => RegExp.prototype[Symbol.match].call(1, "a"));
attempt("exec result must be object", () => RegExp.prototype.test.call({ exec: () => 1 }, "a"));
// lastIndex handling.
const sticky = /a/y;
attempt("sticky search", () => ["baa".search(sticky), sticky.lastIndex]);
attempt("sticky replace", () => ["aab".replace(/a/y, "x"), "baa".replace(/a/y, "x")]);
attempt("sticky split", () => "a,b,c".split(/,/y));
attempt("global lastIndex reset", () => { const r = /o/g; r.lastIndex = 5; const s = "foo".replace(r, "0"); return [s, r.lastIndex]; });
attempt("search restores lastIndex", () => { const r = /o/g; r.lastIndex = 2; "foo".search(r); return r.lastIndex; });
attempt("match non-global keeps lastIndex", () => { const r = /o/; r.lastIndex = 2; "foo".match(r); return r.lastIndex; });
// Unicode-aware advancing over empty matches.
attempt("empty global unicode", () => "\u{1F600}x".replace(/(?:)/gu, "-"));
attempt("empty global no unicode", () => "\u{1F600}x".replace(/(?:)/g, "-").length);
attempt("split empty unicode", () => "\u{1F600}a".split(/(?:)/u).length);
attempt("split empty no unicode", () => "\u{1F600}a".split(/(?:)/).length);
attempt("matchAll empty unicode", () => [..."\u{1F600}".matchAll(/(?:)/gu)].map((m) => m.index));
// matchAll is lazy and validates flags.
attempt("matchAll non-global", () => "a".matchAll(/a/));
attempt("replaceAll non-global", () => "a".replaceAll(/a/, "b"));
attempt("matchAll iterator tag", () => Object.prototype.toString.call("a".matchAll(/a/g)));
attempt("matchAll lazy", () => { const it = "a1a2".matchAll(/a(\d)/g); const first = it.next().value[1]; return [first, [...it].map((m) => m[1])]; });
attempt("matchAll from lastIndex", () => { const r = /a/g; r.lastIndex = 2; return [..."aaaa".matchAll(r)].map((m) => m.index); });
attempt("matchAll string pattern", () => [..."a.b.c".matchAll(".")].length);
// Captures, named groups and substitutions.
attempt("named groups", () => "2024-05-06".replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, "$<d>/$<m>/$<y>"));
attempt("groups to function", () => "k=v".replace(/(?<key>\w)=(?<val>\w)/, (...args) => JSON.stringify(args[args.length - 1])));
attempt("dollar forms", () => "abc".replace(/b/, "[$$|$&|$`|$'|$1|$0]"));
attempt("split captures and limit", () => "a1b22c".split(/(\d)(\d)?/, 4));
attempt("split limit 0", () => "abc".split(/b/, 0));
attempt("string split limit", () => "a,b,c,d".split(",", 2));
attempt("split undefined", () => "abc".split(undefined));
attempt("split no match empty string", () => "".split(/x/));
attempt("split matching empty string", () => "".split(/(?:)/));
attempt("match string pattern", () => "a.c".match("."));
attempt("search undefined", () => "abc".search());
attempt("match null this", () => String.prototype.match.call(null, /a/));
attempt("Symbol.match false makes non-regexp", () => { const r = /a/g; r[Symbol.match] = false; return "/a/g".startsWith(r); });
attempt("isRegExp via Symbol.match", () => "abc".includes({ [Symbol.match]: true }));
