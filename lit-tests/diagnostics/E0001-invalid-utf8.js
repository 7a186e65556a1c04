// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
var s = "café";
// CHECK:{{.*}}E0001-invalid-utf8.js:2:13: error[E0001]: source is not valid UTF-8
// CHECK-NEXT: 2 | var s = "cafï¿½";
// CHECK-NEXT:   |             ^
// CHECK-NEXT:help: JavaScript sources must be UTF-8; re-encode the file
