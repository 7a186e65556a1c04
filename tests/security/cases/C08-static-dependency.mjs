// case: C08 static loading of an in-closure dependency (ESM)
// context: N
// expect: compile
// outcome: result = "function"
import dep from 'some-dep';
export const result = typeof dep.sign;
