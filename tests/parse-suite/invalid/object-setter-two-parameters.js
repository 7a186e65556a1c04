// reject: accessor parameter count: object setter with two parameters
({
  set a(b, c) {},
});
