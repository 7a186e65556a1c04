// case: E33 process under ENV: binding, mainModule and dlopen are never lowered
// context: ENV
// expect: reject E_AMBIENT
export const result = [process.env.API_KEY, process.binding, process.mainModule, process.dlopen];
