class Registry {
  static #items = [];
  static #validate(x) { return typeof x === "string"; }
  static add(x) { if (!Registry.#validate(x)) throw new TypeError("bad"); Registry.#items.push(x); return Registry.#items.length; }
  static list() { return Registry.#items.join(); }
}
console.log(Registry.add("a"), Registry.add("b"), Registry.list());
try { Registry.add(1); } catch (e) { console.log(e.message); }
class Sub extends Registry {}
try { Sub.list.call(Sub); console.log("ok via Registry"); } catch (e) { console.log(e.name); }
