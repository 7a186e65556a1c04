import { y, getX } from "./cycle-y.lib.mjs";
export const x = "X";
export function useY() { return "x sees " + y + " and " + getX(); }
