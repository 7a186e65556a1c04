// case: C02 members named import, require, eval
// context: N
// expect: compile
// outcome: result = [1,2,42]
const api = { import(x) { return x; }, require: (x) => x, eval: 42 };
export const result = [api.import(1), api.require(2), api.eval];
