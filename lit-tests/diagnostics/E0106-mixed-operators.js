// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
const port = config.port ?? env.PORT || 8080;
// CHECK:{{.*}}E0106-mixed-operators.js:2:38: error[E0106]: '??' cannot be mixed with '||' or '&&' without parentheses
// CHECK-NEXT: 2 | const port = config.port ?? env.PORT || 8080;
// CHECK-NEXT:   |                                      ^~
// CHECK-NEXT:help: add parentheses to say which operator applies first
