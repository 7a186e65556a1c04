// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
if (ready) let status = "go";
// CHECK:{{.*}}E0108-declaration-not-allowed-here.js:2:12: error[E0108]: lexical declarations are not allowed as the body of a single-statement context
// CHECK-NEXT: 2 | if (ready) let status = "go";
// CHECK-NEXT:   |            ^~~
// CHECK-NEXT:help: wrap the declaration in a block
