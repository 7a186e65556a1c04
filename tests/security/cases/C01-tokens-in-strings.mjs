// case: C01 forbidden tokens inside strings
// context: N
// expect: compile
// outcome: doc = "use import('x') or require('fs') or eval('1') with care <!-- -->"
export const doc = "use import('x') or require('fs') or eval('1') with care <!-- -->";
