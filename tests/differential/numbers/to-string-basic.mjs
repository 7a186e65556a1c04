const vals = [0, -0, 1, -1, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100, 1e21, 1e20, 123456789012345680000, 1e-6, 1e-7, 123e-20, 5e-324, 1.7976931348623157e308, NaN, Infinity, -Infinity];
for (const v of vals) console.log(String(v));
