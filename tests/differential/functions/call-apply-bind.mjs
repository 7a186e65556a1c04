function show(a, b) { return `${this?.tag}:${a}:${b}`; }
const ctx = { tag: "T" };
console.log(show.call(ctx, 1, 2), show.apply(ctx, [3, 4]), show.call(undefined, 5, 6));
const b = show.bind(ctx, "x");
console.log(b("y"), b.call({ tag: "ignored" }, "z"));
const bb = b.bind({ tag: "again" }, "w");
console.log(bb());
console.log(Math.max.apply(null, [1, 5, 3]), Array.prototype.concat.call([1], [2]).join());
