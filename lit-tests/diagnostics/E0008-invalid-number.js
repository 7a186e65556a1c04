// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
const mask = 0xFF_;
// CHECK:{{.*}}E0008-invalid-number.js:2:18: error[E0008]: numeric separators must be between digits
// CHECK-NEXT: 2 | const mask = 0xFF_;
// CHECK-NEXT:   |                  ^
// CHECK-NEXT:help: write digits on both sides of '_', and no letters directly after a number
