// RUN: not %cruftc parse --goal script %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// In a script, --> mid-line is the operators -- and >, not a comment, and not a module-only error.
var o = { --> };
// CHECK:{{.*}}html-close-mid-line-script.js:3:11: error[E0100]: expected a property name, found '--'
// CHECK-NEXT: 3 | var o = { --> };
// CHECK-NEXT:   |           ^~
// CHECK-NEXT:help: look for a missing comma, bracket or operator just before this point
