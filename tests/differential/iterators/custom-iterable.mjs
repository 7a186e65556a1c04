class Range { constructor(a, b) { this.a = a; this.b = b; } [Symbol.iterator]() { let i = this.a; const b = this.b; return { next: () => i < b ? { value: i++, done: false } : { value: undefined, done: true }, [Symbol.iterator]() { return this; } }; } }
const r = new Range(1, 4);
console.log([...r].join(), Array.from(r).join(), Math.max(...r));
for (const x of r) console.log("x", x);
const [a, ...rest] = r;
console.log(a, rest.join());
