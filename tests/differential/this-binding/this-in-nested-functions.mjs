const o = {
  v: "o",
  m() {
    function inner() { return this; }
    const arrow = () => this.v;
    return [inner() === undefined, arrow(), inner.call(this).v];
  },
};
console.log(o.m().join());
const o2 = { v: "o2", m: o.m };
console.log(o2.m().join());
console.log(typeof globalThis, typeof this);
