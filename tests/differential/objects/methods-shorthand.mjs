const o = {
  name: "o",
  regular: function () { return this.name; },
  short() { return this.name; },
  arrow: () => typeof this,
  async am() { return 1; },
  *gen() { yield 1; yield 2; },
  ["comp" + "uted"]() { return "c"; },
};
console.log(o.regular(), o.short(), o.arrow(), o.computed(), [...o.gen()].join());
console.log(o.regular.name, o.short.name, o.arrow.name, o.computed.name, o.gen.name, o.am.name);
console.log(typeof o.short.prototype, typeof o.regular.prototype);
