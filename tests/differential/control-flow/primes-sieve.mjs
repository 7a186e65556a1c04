const N = 100;
const sieve = new Array(N + 1).fill(true);
sieve[0] = sieve[1] = false;
for (let i = 2; i * i <= N; i++) if (sieve[i]) for (let j = i * i; j <= N; j += i) sieve[j] = false;
const primes = sieve.reduce((acc, p, i) => (p && acc.push(i), acc), []);
console.log(primes.length);
console.log(primes.join(" "));
console.log(primes.reduce((a, b) => a + b));
