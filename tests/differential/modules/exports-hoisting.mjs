import { hoistedFn, laterConst } from "./hoist.lib.mjs";
console.log(hoistedFn());
console.log(laterConst);
console.log(typeof hoistedFn);
