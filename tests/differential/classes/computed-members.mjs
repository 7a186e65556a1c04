const key = "dyn";
const sym = Symbol("s");
class K {
  [key + "Method"]() { return 1; }
  get [key]() { return "getter"; }
  static [`static${key}`] = 5;
  [sym]() { return "symbol method"; }
  ["constructor2"]() { return "not ctor"; }
}
const k = new K();
console.log(k.dynMethod(), k.dyn, K.staticdyn, k[sym](), k.constructor2());
console.log(Object.getOwnPropertyNames(K.prototype).join());
console.log(Object.getOwnPropertySymbols(K.prototype).length, Object.keys(K).join());
