// case: C05 Function used only as a type
// context: N
// expect: compile
// outcome: result = [true,2,"[object Function]"]
const isFn = (f) => f instanceof Function && typeof f === 'function';
export const result = [
  isFn(() => 0),
  Function.prototype.call.call((x) => x + 1, null, 1),
  Object.prototype.toString.call(Function.prototype),
];
