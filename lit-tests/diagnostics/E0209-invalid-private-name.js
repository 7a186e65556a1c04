// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
class Counter {
  #count = 0;
  reset() { this.#cuont = 0; }
}
// CHECK:{{.*}}E0209-invalid-private-name.js:4:18: error[E0209]: private name '#cuont' is not declared in an enclosing class
// CHECK-NEXT: 4 |   reset() { this.#cuont = 0; }
// CHECK-NEXT:   |                  ^~~~~~
// CHECK-NEXT:help: declare it in the class body, for example '#cuont;'
