export const scale = 2;
export * from "./more.mjs";
