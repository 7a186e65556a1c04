class Q { constructor() { this.ops = []; } add(x) { this.ops.push("+" + x); return this; } mul(x) { this.ops.push("*" + x); return this; } done() { return this.ops.join(""); } }
console.log(new Q().add(1).mul(2).add(3).done());
const fluent = { n: 0, inc() { this.n++; return this; } };
console.log(fluent.inc().inc().inc().n);
const detached = fluent.inc;
try { detached(); } catch (e) { console.log(e.name); }
