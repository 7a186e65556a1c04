// case: E01 direct globalThis (compat mode: lowered to the package's frozen global)
// context: N
// expect: compile
export const result = globalThis;
