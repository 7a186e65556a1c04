let count = 0;
export function next() { return ++count; }
export const shared = { items: [] };
