// reject: use strict with non-simple parameters: use strict in an arrow with a default parameter value
(a = 1) => {
  "use strict";
};
