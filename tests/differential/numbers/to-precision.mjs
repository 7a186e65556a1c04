const cases = [[123.456, 1], [123.456, 2], [123.456, 4], [0.000123, 2], [1e21, 3], [-0, 3], [1, 21], [99.99, 3], [5e-7, 1], [123456, 3]];
for (const [v, p] of cases) console.log(`${v}.toPrecision(${p}) = ${v.toPrecision(p)}`);
console.log((12.5).toPrecision());
try { (1).toPrecision(0); } catch (e) { console.log(e.name); }
