// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
for (const key = "a" of keys) {}
// CHECK:{{.*}}E0109-invalid-for-loop-head.js:2:12: error[E0109]: for-of loop variable declaration may not have an initializer
// CHECK-NEXT: 2 | for (const key = "a" of keys) {}
// CHECK-NEXT:   |            ^~~~~~~~~
// CHECK-NEXT:help: assign the variable inside the loop body
