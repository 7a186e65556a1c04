const vals = [2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 1e15, 1e16, 999999999999999999999, 1e21 - 65536];
for (const v of vals) console.log(String(v), v.toString(16), (v | 0), (v >>> 0), Number.isSafeInteger(v));
