import * as m from "./math.lib.mjs";
const keys = Reflect.ownKeys(m);
console.log(keys.map(String).join());
const d = Object.getOwnPropertyDescriptor(m, "add");
console.log(d.writable, d.enumerable, d.configurable);
console.log(typeof this, typeof import.meta);
