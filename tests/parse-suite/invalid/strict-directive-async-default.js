// reject: use strict with non-simple parameters: use strict in an async function with a default parameter value
async function f(a = 1) {
  "use strict";
}
