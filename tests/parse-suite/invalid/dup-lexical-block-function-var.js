// reject: duplicate lexical declaration: block-level function and var of the same name in a block
{
  function f() {}
  var f;
}
