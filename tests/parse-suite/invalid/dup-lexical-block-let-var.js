// reject: duplicate lexical declaration: let and var of the same name in one block
{
  let a;
  var a;
}
