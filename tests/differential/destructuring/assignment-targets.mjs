const o = {};
const arr = [];
({ a: o.x, b: arr[0], c: o["y"] = "dflt" } = { a: 1, b: 2 });
console.log(JSON.stringify(o), JSON.stringify(arr));
let m, n;
({ m, n = m * 2 } = { m: 5 });
console.log(m, n);
[o.p, [arr[1], ...arr[2]]] = [7, [8, 9, 10]];
console.log(o.p, JSON.stringify(arr));
