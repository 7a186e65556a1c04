const vals = [0, 255, -255, 0.5, 3.75, 1e21, 35, 36, 4294967295, 0.1];
for (const v of vals) console.log(v.toString(2), v.toString(16), v.toString(36));
try { (10).toString(1); } catch (e) { console.log(e.name); }
console.log((-0).toString(2), (NaN).toString(16), (Infinity).toString(8));
