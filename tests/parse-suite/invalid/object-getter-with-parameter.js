// reject: accessor parameter count: object getter with a parameter
({
  get a(b) {},
});
