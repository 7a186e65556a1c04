// RUN: not %cruftc parse --goal script %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
if (new.target) throw new Error();
// CHECK:{{.*}}E0207-new-target-outside-function.js:2:5: error[E0207]: 'new.target' is only valid inside functions
// CHECK-NEXT: 2 | if (new.target) throw new Error();
// CHECK-NEXT:   |     ^~~~~~~~~~
// CHECK-NEXT:help: use it inside a function or class body
