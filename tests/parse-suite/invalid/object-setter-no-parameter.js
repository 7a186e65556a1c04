// reject: accessor parameter count: object setter with no parameter
({
  set a() {},
});
