// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
class Point {
  constructor(x) { this.x = x; }
  constructor(x, y) { this.y = y; }
}
// CHECK:{{.*}}E0208-invalid-class-element.js:4:3: error[E0208]: a class may have only one constructor
// CHECK-NEXT: 4 |   constructor(x, y) { this.y = y; }
// CHECK-NEXT:   |   ^~~~~~~~~~~
// CHECK-NEXT:help: merge the constructors into one
