// case: E43 Error.prepareStackTrace hook (throws at run time: Error is frozen)
// context: N
// expect: compile
// outcome: throws TypeError
Error.prepareStackTrace = (err, frames) => frames.map((f) => f.getFunction?.() ?? f.getThis?.());
Error.stackTraceLimit = Infinity;
export const result = new Error('x').stack;
