// case: E61 wall clock and high-resolution time
// context: N
// expect: reject E_AMBIENT
export const result = [Date.now(), new Date().getTime(), performance.now()];
