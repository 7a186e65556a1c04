import { useY, x } from "./cycle-x.lib.mjs";
import { tdzProbe, y } from "./cycle-y.lib.mjs";
console.log(useY());
console.log(x, y);
console.log(tdzProbe());
