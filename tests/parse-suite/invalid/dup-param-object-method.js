// reject: duplicate parameter: duplicate parameters in an object method (UniqueFormalParameters)
({
  m(a, a) {},
});
