const a = [0, 1, 2, 3, 4, 5];
console.log(JSON.stringify(a.slice(1, 3)), JSON.stringify(a.slice(-2)), JSON.stringify(a.slice(4, 1)));
const b = [...a]; const removed = b.splice(1, 2, "x", "y", "z");
console.log(JSON.stringify(b), JSON.stringify(removed));
const c = [...a]; c.splice(-1); console.log(JSON.stringify(c));
const d = [...a]; d.splice(2, 0, "ins"); console.log(JSON.stringify(d));
const e = [...a]; console.log(JSON.stringify(e.splice(3)), JSON.stringify(e));
