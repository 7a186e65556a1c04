// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
"use strict";
with (Math) { x = cos(0); }
// CHECK:{{.*}}E0105-strict-mode-restriction.js:3:1: error[E0105]: 'with' is not allowed in strict mode
// CHECK-NEXT: 3 | with (Math) { x = cos(0); }
// CHECK-NEXT:   | ^~~~
// CHECK-NEXT:help: use a local variable for the object
