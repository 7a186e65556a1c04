// reject: duplicate lexical declaration: two block-level functions of the same name in a module
{
  function f() {}
  function f() {}
}
