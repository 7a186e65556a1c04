const cases = [[0, 2], [1.005, 2], [1.45, 1], [-1.5, 0], [2.5, 0], [1e21, 2], [123.456, 0], [0.000001, 7], [-0, 2], [1.23, 20], [NaN, 2], [-Infinity, 1]];
for (const [v, d] of cases) console.log(`${v}.toFixed(${d}) = ${v.toFixed(d)}`);
try { (1).toFixed(101); } catch (e) { console.log(e instanceof RangeError); }
