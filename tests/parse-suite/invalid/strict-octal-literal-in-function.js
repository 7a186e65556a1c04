// reject: strict mode, legacy octal literal: legacy octal literal in a strict function
function f() {
  "use strict";
  return 07;
}
