console.log(1 << 31, 1 << 32, -1 >>> 0, -1 >>> 28, -16 >> 2, 2 ** 32 | 0, (2 ** 31) | 0);
console.log(~5, ~-1, ~~3.7, ~~-3.7, 5 & 3, 5 | 3, 5 ^ 3);
console.log(1.9 | 0, -1.9 | 0, NaN | 0, Infinity | 0, 4294967296.5 | 0);
console.log(0xFFFFFFFF >> 0, 0xFFFFFFFF >>> 0, 1 << -1, 8 >> 33);
