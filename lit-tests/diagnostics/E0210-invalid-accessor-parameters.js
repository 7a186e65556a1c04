// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
const temperature = {
  set celsius() { }
};
// CHECK:{{.*}}E0210-invalid-accessor-parameters.js:3:14: error[E0210]: a setter must have exactly one parameter, not a rest parameter
// CHECK-NEXT: 3 |   set celsius() { }
// CHECK-NEXT:   |              ^~
// CHECK-NEXT:help: write set name(value) { ... }
