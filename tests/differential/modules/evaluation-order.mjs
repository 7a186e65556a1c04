import { entries } from "./order-log.lib.mjs";
import { b } from "./order-b.lib.mjs";
import { a } from "./order-a.lib.mjs";
entries.push("main body");
console.log(entries.join(" | "));
console.log(a, b);
console.log(entries.length);
