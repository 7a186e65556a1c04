// case: E23 import(expr)
// context: N
// expect: reject E_DYNAMIC_IMPORT
const which = ['f', 's'].join('');
export const result = await import(which);
