// reject: use strict with non-simple parameters: use strict in a function with a rest parameter
function f(...a) {
  "use strict";
}
