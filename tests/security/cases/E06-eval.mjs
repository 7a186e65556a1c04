// case: E06 direct eval
// context: N
// expect: reject E_DYNAMIC_CODE
export const result = eval('this');
