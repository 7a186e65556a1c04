// case: E33 process
// context: N
// expect: reject E_AMBIENT
export const result = [process.env, process.binding, process.mainModule, process.dlopen];
