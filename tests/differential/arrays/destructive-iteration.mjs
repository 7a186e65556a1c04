const a = [1, 2, 3];
const seen = [];
for (const x of a) { seen.push(x); if (x === 1) a.push(4); if (a.length > 5) break; }
console.log(seen.join());
const b = [1, 2, 3, 4];
b.forEach((x, i) => { if (i === 0) b.pop(); seen.push("f" + x); });
console.log(seen.join());
const c = [5, 6, 7];
console.log(JSON.stringify(c.map((x, i, arr) => (arr[i + 1] = 0, x))));
