// accept: "use strict" after a statement is not a directive, so with is still allowed
1;
"use strict";
with ({}) {}
