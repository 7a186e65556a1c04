// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
count + 1 = total;
// CHECK:{{.*}}E0102-invalid-assignment-target.js:2:1: error[E0102]: invalid assignment target
// CHECK-NEXT: 2 | count + 1 = total;
// CHECK-NEXT:   | ^~~~~~~~~
// CHECK-NEXT:help: assign to a variable, a property, or a destructuring pattern
