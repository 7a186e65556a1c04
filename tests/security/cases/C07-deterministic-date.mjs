// case: C07 deterministic Date and Math use
// context: N
// expect: compile
// outcome: result = ["1970-01-01T00:00:00.000Z",1577836800000,1577836800000,2]
export const result = [
  new Date(0).toISOString(),
  Date.UTC(2020, 0, 1),
  new Date('2020-01-01T00:00:00Z').getTime(),
  Math.max(1, 2),
];
