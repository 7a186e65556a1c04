import mul, { add, PI2 } from "./math.lib.mjs";
console.log(add(2, 3), mul(4, 5), PI2);
console.log(typeof add, typeof mul, mul.name);
console.log(add(0.1, 0.2));
