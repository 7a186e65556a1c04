const o = {
  v: 1,
  regular() { return [1].map(function () { return this; })[0]; },
  arrow() { return [1].map(() => this.v)[0]; },
  nested() { const inner = () => () => this.v; return inner()(); },
};
console.log(o.regular(), o.arrow(), o.nested());
const a = o.arrow;
try { a(); } catch (e) { console.log(e.name); }
console.log([1].map(function () { return this.k; }, { k: "thisArg" })[0]);
