// RUN: not %cruftc parse --goal module %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
const config = load();
if (!config) return;
// CHECK:{{.*}}E0205-return-outside-function.mjs:3:14: error[E0205]: 'return' outside a function
// CHECK-NEXT: 3 | if (!config) return;
// CHECK-NEXT:   |              ^~~~~~
// CHECK-NEXT:help: a module's top level cannot return; export a value instead
