// reject: accessor parameter count: async get in an object literal
({
  async get a() {},
});
