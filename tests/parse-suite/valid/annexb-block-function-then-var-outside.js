// accept: block function and a var of the same name outside the block
var f
{
  function f() {}
}
