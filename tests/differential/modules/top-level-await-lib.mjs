import { before, value } from "./tla.lib.mjs";
console.log(before);
console.log(value);
console.log(typeof value);
