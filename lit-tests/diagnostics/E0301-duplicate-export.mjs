// RUN: not %cruftc parse --goal module %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
export const version = "1.0";
const v = 2;
export { v as version };
// CHECK:{{.*}}E0301-duplicate-export.mjs:4:15: error[E0301]: duplicate export of 'version'
// CHECK-NEXT: 4 | export { v as version };
// CHECK-NEXT:   |               ^~~~~~~
// CHECK-NEXT:help: each name can be exported once; rename one with 'as'
