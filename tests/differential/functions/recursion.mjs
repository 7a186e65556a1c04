function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(20), fib(1), fib(0));
const fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(10), fact(20), fact(25));
function even(n) { return n === 0 ? true : odd(n - 1); }
function odd(n) { return n === 0 ? false : even(n - 1); }
console.log(even(100), odd(7), even(1001));
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(1000));
