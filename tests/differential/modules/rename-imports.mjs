import { add as plusFn, PI2 as tau, default as times } from "./math.lib.mjs";
import { plus, TAU, AnonFn } from "./reexport-rename.lib.mjs";
import dflt from "./reexport-rename.lib.mjs";
console.log(plusFn(1, 2), tau, times(2, 2));
console.log(plus(5, 5), TAU, AnonFn());
console.log(dflt.join("-"), plus === plusFn);
