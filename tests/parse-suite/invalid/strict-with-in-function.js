// reject: strict mode, with: with statement in a strict function
function f() {
  "use strict";
  with (a) {}
}
