// case: C09 ordinary this and arguments in strict code
// context: N
// expect: compile
// outcome: result = [2,6]
class Counter { constructor() { this.n = 0; } inc() { this.n += 1; return this; } }
function sum() { return Array.prototype.reduce.call(arguments, (a, b) => a + b, 0); }
export const result = [new Counter().inc().inc().n, sum(1, 2, 3)];
