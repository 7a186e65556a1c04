class Tree { constructor(v, l, r) { this.v = v; this.l = l; this.r = r; } *[Symbol.iterator]() { if (this.l) yield* this.l; yield this.v; if (this.r) yield* this.r; } }
const t = new Tree(4, new Tree(2, new Tree(1), new Tree(3)), new Tree(6, new Tree(5)));
console.log([...t].join());
const o = { *range(a, b) { for (let i = a; i < b; i++) yield i; } };
console.log([...o.range(3, 7)].join());
console.log(Math.max(...t));
