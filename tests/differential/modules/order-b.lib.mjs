import { log } from "./order-log.lib.mjs";
import { a } from "./order-a.lib.mjs";
log("b evaluated after " + a);
export const b = "B";
