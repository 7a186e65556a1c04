// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
"use strict";
const mode = 0755;
// CHECK:{{.*}}E0010-legacy-octal-in-strict-mode.js:3:14: error[E0010]: legacy octal and leading-zero decimal literals are not allowed in strict mode
// CHECK-NEXT: 3 | const mode = 0755;
// CHECK-NEXT:   |              ^~~~
// CHECK-NEXT:help: use the 0o prefix for octal (0o17), or drop the leading zero
