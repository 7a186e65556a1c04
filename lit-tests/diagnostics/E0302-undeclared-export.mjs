// RUN: not %cruftc parse --goal module %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
function helper() {}
export { helper, helpr };
// CHECK:{{.*}}E0302-undeclared-export.mjs:3:18: error[E0302]: exported name 'helpr' is not declared in this module
// CHECK-NEXT: 3 | export { helper, helpr };
// CHECK-NEXT:   |                  ^~~~~
// CHECK-NEXT:help: declare it, import it, or re-export it with 'from'
