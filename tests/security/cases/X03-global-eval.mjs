// case: X03 eval reached through the global object
// context: N
// expect: reject E_DYNAMIC_CODE
export const result = globalThis.eval('1 + 1');
