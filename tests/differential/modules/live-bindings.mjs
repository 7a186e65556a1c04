import { counter, bump } from "./math.lib.mjs";
console.log(counter);
bump(); bump();
console.log(counter);
try { counter = 5; } catch (e) { console.log(e.name); }
console.log(bump(), counter);
