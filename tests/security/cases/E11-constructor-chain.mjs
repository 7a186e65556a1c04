// case: E11 constructor chain from an object literal (throws at run time)
// context: N
// expect: compile
// outcome: throws TypeError
export const result = ({}).constructor.constructor('return this')();
