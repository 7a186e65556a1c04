function pair() { let v = 0; return [() => ++v, () => v]; }
const [inc, get] = pair();
inc(); inc();
const [inc2, get2] = pair();
inc2();
console.log(get(), get2());
let outer = 1;
const read = () => outer;
outer = 2;
console.log(read());
function makeAdders() { const r = []; for (let i = 1; i <= 3; i++) r.push((x) => x + i); return r; }
console.log(makeAdders().map((f) => f(10)).join());
