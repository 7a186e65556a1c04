// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
const greeting = "hello
world";
// CHECK:{{.*}}E0004-unterminated-string.js:2:18: error[E0004]: unterminated string literal
// CHECK-NEXT: 2 | const greeting = "hello
// CHECK-NEXT:   |                  ^~~~~~
// CHECK-NEXT:help: close the string on the same line, or use a template literal for multi-line text
