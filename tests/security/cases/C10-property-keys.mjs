// case: C10 property keys that spell ambient names
// context: N
// expect: compile
// outcome: result = 15
const o = { process: 1, window: 2, globalThis: 3, eval: 4, Function: 5 };
export const result = o.process + o.window + o.globalThis + o.eval + o.Function;
