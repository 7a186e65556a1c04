// reject: duplicate parameter: setter parameter pattern binds a name twice
({
  set s([a, a]) {},
});
