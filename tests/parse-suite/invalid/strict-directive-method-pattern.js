// reject: use strict with non-simple parameters: use strict in a method with a destructuring parameter
({
  m([a]) {
    "use strict";
  },
});
