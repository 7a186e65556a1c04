// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
const base = {
  greet: function () { return super.greet(); }
};
// CHECK:{{.*}}E0206-invalid-super.js:3:31: error[E0206]: 'super' property access is only valid in methods
// CHECK-NEXT: 3 |   greet: function () { return super.greet(); }
// CHECK-NEXT:   |                               ^~~~~
// CHECK-NEXT:help: use a method (not a function) to reach the prototype with super
