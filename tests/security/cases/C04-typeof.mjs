// case: C04 typeof feature detection
// context: N
// expect: compile
// outcome: result = ["undefined","undefined","undefined","undefined"]
export const result = [typeof window, typeof process, typeof Deno, typeof require];
