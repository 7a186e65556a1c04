// reject: accessor parameter count: object setter with a rest parameter
({
  set a(...b) {},
});
