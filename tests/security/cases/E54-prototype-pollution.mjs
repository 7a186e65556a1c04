// case: E54 Object.prototype pollution (throws at run time: intrinsics are frozen)
// context: N
// expect: compile
// outcome: throws TypeError
Object.prototype.isAdmin = true;
export const result = ({}).isAdmin;
