// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
const point = { x: 1 y: 2 };
// CHECK:{{.*}}E0100-unexpected-token.js:2:22: error[E0100]: expected ',', found 'y'
// CHECK-NEXT: 2 | const point = { x: 1 y: 2 };
// CHECK-NEXT:   |                      ^
// CHECK-NEXT:help: look for a missing comma, bracket or operator just before this point
