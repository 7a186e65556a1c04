export { add as plus, PI2 as TAU } from "./math.lib.mjs";
export { default } from "./default-expr.lib.mjs";
export { default as AnonFn } from "./anon-default.lib.mjs";
