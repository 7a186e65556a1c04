const log = [];
const iterable = { [Symbol.iterator]() { let i = 0; return { next() { log.push("next"); return i < 2 ? { value: i++, done: false } : { value: "ret", done: true }; } }; } };
console.log(JSON.stringify([...iterable]), log.length);
function* g() { yield 1; yield 2; return 3; }
console.log(JSON.stringify([...g()]), Math.max(...g()));
console.log(log.length, JSON.stringify([..."", ...[], ...new Set()]));
