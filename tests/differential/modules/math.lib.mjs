export const PI2 = 6.28;
export function add(a, b) { return a + b; }
export default function mul(a, b) { return a * b; }
export let counter = 0;
export function bump() { counter++; return counter; }
