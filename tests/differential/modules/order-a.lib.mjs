import { log } from "./order-log.lib.mjs";
log("a evaluated");
export const a = "A";
