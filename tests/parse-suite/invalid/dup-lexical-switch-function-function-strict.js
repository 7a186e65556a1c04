// reject: duplicate lexical declaration: two functions of the same name in a strict switch case block
"use strict";
switch (x) {
  case 1:
    function f() {}
  case 2:
    function f() {}
}
