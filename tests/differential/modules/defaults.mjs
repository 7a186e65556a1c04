import arr, { named } from "./default-expr.lib.mjs";
import Named from "./named-default.lib.mjs";
import anon from "./anon-default.lib.mjs";
console.log(arr.join(), named);
console.log(new Named().hello(), Named.name);
console.log(anon(), anon.name);
