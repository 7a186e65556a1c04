// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
const options = { verbose = true };
// CHECK:{{.*}}E0103-invalid-destructuring.js:2:27: error[E0103]: '=' in an object literal is only valid in a destructuring pattern
// CHECK-NEXT: 2 | const options = { verbose = true };
// CHECK-NEXT:   |                           ^
// CHECK-NEXT:help: use ':' to give the property a value
