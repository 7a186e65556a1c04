// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
const path = `C:\xfolder`;
// CHECK:{{.*}}E0007-invalid-escape.js:2:17: error[E0007]: invalid escape sequence in template literal
// CHECK-NEXT: 2 | const path = `C:\xfolder`;
// CHECK-NEXT:   |                 ^~
// CHECK-NEXT:help: escape the backslash (\\), or use a tagged template with String.raw
