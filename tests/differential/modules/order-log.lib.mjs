export const entries = [];
export function log(x) { entries.push(x); }
