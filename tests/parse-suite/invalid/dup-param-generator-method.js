// reject: duplicate parameter: duplicate parameters in a generator method
({
  *g(a, a) {},
});
