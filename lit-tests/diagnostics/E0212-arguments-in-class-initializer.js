// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
class Logger {
  args = arguments;
}
// CHECK:{{.*}}E0212-arguments-in-class-initializer.js:3:10: error[E0212]: 'arguments' is not allowed in class field initializers or static blocks
// CHECK-NEXT: 3 |   args = arguments;
// CHECK-NEXT:   |          ^~~~~~~~~
// CHECK-NEXT:help: pass the values in explicitly
