// reject: strict mode, legacy octal escape: octal escape in a directive before use strict in the same prologue
function f() {
  "\01";
  "use strict";
}
