// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
const add = (a, a) => a + a;
// CHECK:{{.*}}E0201-duplicate-parameter.js:2:17: error[E0201]: duplicate parameter name 'a'
// CHECK-NEXT: 2 | const add = (a, a) => a + a;
// CHECK-NEXT:   |                 ^
// CHECK-NEXT:help: parameter names must be unique in strict code, arrow functions, methods and functions with default or rest parameters
