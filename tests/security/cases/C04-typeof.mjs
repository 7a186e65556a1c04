// case: C04 typeof feature detection
// context: N
// expect: compile
export const result = [typeof window, typeof process, typeof Deno, typeof require];
