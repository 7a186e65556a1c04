// accept: duplicate plain function declarations in a sloppy block and switch
{
  function f() {}
  function f() {}
}
switch (1) {
  case 1:
    function g() {}
  default:
    function g() {}
}
