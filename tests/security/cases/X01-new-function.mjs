// case: X01 the Function constructor with new
// context: N
// expect: reject E_DYNAMIC_CODE
export const result = new Function('return process')();
