const log = [];
const d = (n) => (log.push(n), n);
const { a = d("a"), b = d("b") } = { a: 0, b: undefined };
console.log(a, b, log.join());
const [x = d("x"), y = d("y")] = [null];
console.log(x, y, log.join());
const [{ z = d("z") } = d({})] = [];
console.log(z, log.join());
