// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
user?.profile.name = "anonymous";
// CHECK:{{.*}}E0107-invalid-optional-chain.js:2:1: error[E0107]: an optional chain cannot be assigned to
// CHECK-NEXT: 2 | user?.profile.name = "anonymous";
// CHECK-NEXT:   | ^~~~~~~~~~~~~~~~~~
// CHECK-NEXT:help: assign through a plain member access: a.b = value
