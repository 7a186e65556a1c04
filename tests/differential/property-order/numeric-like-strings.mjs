const o = {};
for (const k of ["10", "9", "1e3", "0", "00", "-0", "4294967295", "4294967294", "1.0", "01", "x", "2"]) o[k] = 1;
console.log(Object.keys(o).join());
console.log(JSON.stringify(o));
const p = {}; p[1e21] = 1; p[0.1] = 2; p[-0] = 3; p[NaN] = 4;
console.log(Object.keys(p).join());
