// case: C03 locals that shadow ambient names
// context: N
// expect: compile
// outcome: result = ["fetched a","test","function"]
const fetch = (u) => `fetched ${u}`;
const process = { env: { MODE: 'test' } };
function run(setTimeout) { return typeof setTimeout; }
export const result = [fetch('a'), process.env.MODE, run(() => {})];
