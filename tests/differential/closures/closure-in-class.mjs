class Counter {
  constructor() { let n = 0; this.inc = () => ++n; this.get = () => n; }
}
const a = new Counter(), b = new Counter();
a.inc(); a.inc(); b.inc();
console.log(a.get(), b.get(), a.inc === b.inc);
const methods = [];
for (let i = 0; i < 3; i++) methods.push(class { v() { return i; } });
console.log(methods.map((C) => new C().v()).join());
const fs = []; class Z { static { for (let i = 0; i < 2; i++) fs.push(() => i * 10); } }
console.log(fs.map((f) => f()).join());
