import { scale } from "./scale.mjs";
export let counter = 0;
export function bump() { counter += scale; return counter; }
export default class Box {}
export { bump as increment };
bump();
