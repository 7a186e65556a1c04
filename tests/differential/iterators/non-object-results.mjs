const weird = { [Symbol.iterator]() { return { next() { return 5; } }; } };
try { for (const x of weird); } catch (e) { console.log(e.name); }
const doneGetter = { [Symbol.iterator]() { let n = 0; return { next() { n++; return { get done() { return n > 2; }, get value() { return "v" + n; } }; } }; } };
console.log([...doneGetter].join());
const truthyDone = { [Symbol.iterator]() { return { next: () => ({ done: "yes", value: 1 }) }; } };
console.log([...truthyDone].length);
