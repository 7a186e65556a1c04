// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
const re = /abc[/;
// CHECK:{{.*}}E0006-unterminated-regexp.js:2:12: error[E0006]: unterminated regular expression
// CHECK-NEXT: 2 | const re = /abc[/;
// CHECK-NEXT:   |            ^~~~~~~
// CHECK-NEXT:help: close the regular expression with '/' on the same line
