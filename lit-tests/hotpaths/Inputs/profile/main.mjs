// A boolean parameter the static analysis must assume is a number: only a profile can say it is a
// boolean (cruftvm run --profile), and cruftc build --profile then selects step and walk, guarded.
function step(x, forward) { return forward === true ? x + 1 : x - 1; }
function walk(n, forward) { let x = 0; for (let i = 0; i < n; i++) x = step(x, forward); return x; }
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(walk(1000, true), walk(10, false), fib(20), step(1.5, false));
