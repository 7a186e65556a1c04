const vals = [0, 1, 123456, 0.00015, -1.5e-10, 1e21];
for (const v of vals) console.log(v.toExponential(), v.toExponential(2), v.toExponential(0));
console.log((NaN).toExponential(3), (-Infinity).toExponential());
