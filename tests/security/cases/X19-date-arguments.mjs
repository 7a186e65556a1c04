// case: X19 Date with explicit arguments stays deterministic without a clock (C07 beside E61)
// context: N
// expect: compile
// outcome: result = ["1970-01-01T00:00:00.000Z","2020-02-29T12:00:00.000Z"]
export const result = [new Date(0).toISOString(), new Date(Date.UTC(2020, 1, 29, 12)).toISOString()];
