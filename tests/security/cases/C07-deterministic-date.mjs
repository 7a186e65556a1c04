// case: C07 deterministic Date and Math use
// context: N
// expect: compile
export const result = [
  new Date(0).toISOString(),
  Date.UTC(2020, 0, 1),
  new Date('2020-01-01T00:00:00Z').getTime(),
  Math.max(1, 2),
];
