const { a, b: [first, ...others] = [], ...rest } = { a: 1, b: [2, 3, 4], c: 5 };
function point({ x = 0, y = 0 } = {}) { return x + y; }
console.log(a, first, others, rest, point({ x: 3 }));
