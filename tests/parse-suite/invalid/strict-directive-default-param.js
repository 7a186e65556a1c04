// reject: use strict with non-simple parameters: use strict in a function with a default parameter value
function f(a = 1) {
  "use strict";
}
