// reject: accessor parameter count: escaped g\u0065t as an accessor keyword
({
  g\u0065t x() {},
});
