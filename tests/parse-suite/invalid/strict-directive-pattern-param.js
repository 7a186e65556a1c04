// reject: use strict with non-simple parameters: use strict in a function with a destructuring parameter
function f({ a }) {
  "use strict";
}
