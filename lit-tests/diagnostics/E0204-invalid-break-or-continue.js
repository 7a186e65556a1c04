// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
function find(list) {
  list.forEach(x => { if (x) break; });
}
// CHECK:{{.*}}E0204-invalid-break-or-continue.js:3:30: error[E0204]: 'break' outside a loop or switch
// CHECK-NEXT: 3 |   list.forEach(x => { if (x) break; });
// CHECK-NEXT:   |                              ^~~~~
// CHECK-NEXT:help: use return to leave a function, or label the statement to break out of
