// reject: duplicate lexical declaration: two block-level functions of the same name in strict code (Annex B allows it only in sloppy code)
"use strict";
{
  function f() {}
  function f() {}
}
