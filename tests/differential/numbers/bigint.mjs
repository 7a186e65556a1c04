const a = 2n ** 64n, b = -7n;
console.log(String(a), String(a - 1n), String(b / 2n), String(b % 2n), String(a * a));
console.log(typeof a, a > 1e19, 10n == 10, 10n === 10, 1n < 2, String(BigInt(123)), String(BigInt.asUintN(8, 257n)));
try { 1n + 1; } catch (e) { console.log(e.name); }
console.log((255n).toString(16), String(-(2n ** 63n)), String(BigInt("0x10")));
