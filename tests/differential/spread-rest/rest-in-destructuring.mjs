const [head, ...tail] = [1, 2, 3, 4];
const { x, ...others } = { x: 1, y: 2, z: 3 };
console.log(head, JSON.stringify(tail), x, JSON.stringify(others));
const [...[a, b]] = [5, 6, 7];
console.log(a, b);
function f({ a, ...r }, ...[c, ...d]) { return JSON.stringify([a, r, c, d]); }
console.log(f({ a: 1, b: 2 }, 3, 4, 5));
