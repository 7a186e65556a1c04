// Control flow in native code: loops with break and continue (labelled too), switch, early returns,
// boolean results, recursion and calls between native functions.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function gcd(a, b) {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}
function isPrime(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}
function countPrimes(limit) {
  let count = 0;
  for (let n = 0; n <= limit; n++) if (isPrime(n)) count++;
  return count;
}
function collatz(n) {
  let steps = 0;
  do {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    steps++;
  } while (n !== 1);
  return steps;
}
function grid(w, h) {
  let total = 0;
  outer: for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (x === y) continue outer;
      if (x + y > 12) break outer;
      if ((x ^ y) & 1) continue;
      total += x * y;
    }
  }
  return total;
}
function classify(n) {
  switch (n) {
    case 0: return 10;
    case 1:
    case 2: return 20;
    case -1: return 30;
    case 2.5: return 40;
    default: return n * 2;
  }
}
function fallThrough(n) {
  let r = 0;
  switch (n % 4) {
    case 0: r += 1;
    case 1: r += 10; break;
    case 2: r += 100;
    default: r += 1000;
  }
  return r;
}
function escapeCount(cr, ci, limit) {
  let zr = 0, zi = 0, n = 0;
  while (n < limit && zr * zr + zi * zi <= 4) {
    const t = zr * zr - zi * zi + cr;
    zi = 2 * zr * zi + ci;
    zr = t;
    n++;
  }
  return n;
}
function mandelbrot(size, limit) {
  let total = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) total += escapeCount(-2 + (3 * x) / size, -1.5 + (3 * y) / size, limit);
  }
  return total;
}
function harmonic(n) {
  let sum = 0;
  let i = n;
  while (true) {
    if (i <= 0) break;
    sum += 1 / i;
    i -= 1;
  }
  return sum;
}
function negativeZeroLoop(n) {
  let x = -0;
  for (let i = 0; i < n; i++) x *= 1;
  return x;
}

console.log('fib', [0, 1, 2, 10, 20, 25, -3, 1.5, -Infinity].map(fib).join(' '));
console.log('gcd', gcd(1071, 462), gcd(-48, 18), gcd(17, 0), gcd(0.5, 0.25), gcd(2 ** 40, 6));
console.log('isPrime', [0, 1, 2, 3, 4, 17, 91, 97, 7919, 2147483647, 2.5, NaN].map(isPrime).join(' '));
console.log('countPrimes', countPrimes(10000));
console.log('collatz', collatz(27), collatz(97), collatz(1));
console.log('grid', grid(5, 5), grid(20, 20), grid(0, 3));
console.log('classify', [0, 1, 2, -1, 2.5, 3, -0, NaN].map(classify).join(' '));
console.log('fallThrough', [0, 1, 2, 3, 4, -1, -2].map(fallThrough).join(' '));
console.log('mandelbrot', mandelbrot(40, 50), escapeCount(0, 0, 100), escapeCount(2, 2, 100));
console.log('harmonic', harmonic(1000), harmonic(0), harmonic(-1));
console.log('negativeZeroLoop', Object.is(negativeZeroLoop(3), -0));
