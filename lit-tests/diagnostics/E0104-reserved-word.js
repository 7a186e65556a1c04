// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
const class = "primary";
// CHECK:{{.*}}E0104-reserved-word.js:2:7: error[E0104]: 'class' is a reserved word and cannot be used as a name
// CHECK-NEXT: 2 | const class = "primary";
// CHECK-NEXT:   |       ^~~~~
// CHECK-NEXT:help: choose another name
