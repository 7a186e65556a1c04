// reject: duplicate lexical declaration: two generator declarations of the same name in a block
{
  function* g() {}
  function* g() {}
}
