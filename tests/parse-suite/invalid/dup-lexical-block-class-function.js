// reject: duplicate lexical declaration: class and function of the same name in a block
{
  class f {}
  function f() {}
}
