// reject: duplicate lexical declaration: function declaration and let of the same name in a block
{
  function f() {}
  let f;
}
