class Config {
  static #data = { mode: "dev" };
  static get mode() { return Config.#data.mode; }
  static set mode(m) { if (!["dev", "prod"].includes(m)) throw new RangeError("bad mode " + m); Config.#data.mode = m; }
}
console.log(Config.mode);
Config.mode = "prod";
console.log(Config.mode);
try { Config.mode = "x"; } catch (e) { console.log(e.name, e.message); }
console.log(Config.mode);
