const log = [];
function iterable(n) { return { [Symbol.iterator]() { let i = 0; return { next() { return { value: i++, done: i > n }; }, return(v) { log.push("return called"); return { done: true, value: v }; } }; } }; }
for (const x of iterable(5)) if (x === 1) break;
const [first] = iterable(5);
const [p, q, r] = iterable(2);
try { for (const x of iterable(5)) throw new Error("e"); } catch { log.push("threw"); }
for (const x of iterable(2));
console.log(log.join(" | "));
console.log(log.length);
console.log(first, p, q, r);
