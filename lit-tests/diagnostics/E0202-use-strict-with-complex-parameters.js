// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
function connect(host = "localhost") {
  "use strict";
}
// CHECK:{{.*}}E0202-use-strict-with-complex-parameters.js:3:3: error[E0202]: "use strict" is not allowed in a function with default, destructured or rest parameters
// CHECK-NEXT: 3 |   "use strict";
// CHECK-NEXT:   |   ^~~~~~~~~~~~
// CHECK-NEXT:help: move "use strict" to the enclosing scope, or use plain parameters
