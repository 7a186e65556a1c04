// case: X18 wall clock granted at build time but not allowed by the run (E61: throws, never a time)
// context: CLOCK
// expect: compile
// outcome: throws TypeError
export const result = [Date.now(), new Date().getTime()];
