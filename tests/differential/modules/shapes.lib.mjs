import mul, { PI2 } from "./math.lib.mjs";
export class Circle { constructor(r) { this.r = r; } area() { return mul(this.r, this.r) * PI2 / 2; } }
export { mul as multiply };
export * from "./math.lib.mjs";
export * as mathNs from "./math.lib.mjs";
