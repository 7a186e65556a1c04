// reject: duplicate lexical declaration: var in an inner block hoists through a block that has let of that name
{
  let a;
  {
    var a;
  }
}
