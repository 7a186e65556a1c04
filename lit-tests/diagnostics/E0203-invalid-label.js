// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
outer: for (;;) {
  for (;;) break outr;
}
// CHECK:{{.*}}E0203-invalid-label.js:3:18: error[E0203]: undefined label 'outr'
// CHECK-NEXT: 3 |   for (;;) break outr;
// CHECK-NEXT:   |                  ^~~~
// CHECK-NEXT:help: break and continue can only name a label of an enclosing statement
