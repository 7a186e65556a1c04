// RUN: not %cruftc parse --goal module %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
let x = 1;
<!-- legacy comment -->
export { x };
// CHECK:{{.*}}E0009-html-comment-in-module.mjs:3:1: error[E0009]: HTML-like comments are not allowed in modules
// CHECK-NEXT: 3 | <!-- legacy comment -->
// CHECK-NEXT:   | ^
// CHECK-NEXT:help: use // or /* */ comments
