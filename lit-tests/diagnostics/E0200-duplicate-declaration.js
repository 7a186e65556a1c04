// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
let items = [];
function reset() {}
let items = null;
// CHECK:{{.*}}E0200-duplicate-declaration.js:4:5: error[E0200]: 'items' has already been declared
// CHECK-NEXT: 4 | let items = null;
// CHECK-NEXT:   |     ^~~~~
// CHECK-NEXT:help: rename one of the declarations, or assign to the existing binding instead
