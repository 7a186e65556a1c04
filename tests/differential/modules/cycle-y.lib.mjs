import { x } from "./cycle-x.lib.mjs";
export const y = "Y";
export function getX() { return typeof x === "string" ? x : "uninit"; }
export function tdzProbe() { try { return x; } catch (e) { return e.name; } }
