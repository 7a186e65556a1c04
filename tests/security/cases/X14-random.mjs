// case: X14 randomness without a claim
// context: N
// expect: reject E_AMBIENT
export const result = Math.random();
