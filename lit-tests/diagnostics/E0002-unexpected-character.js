// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
let total = price @ 2;
// CHECK:{{.*}}E0002-unexpected-character.js:2:19: error[E0002]: unexpected character '@'
// CHECK-NEXT: 2 | let total = price @ 2;
// CHECK-NEXT:   |                   ^
// CHECK-NEXT:help: remove the character, or put it inside a string or comment
