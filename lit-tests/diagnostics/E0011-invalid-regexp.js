// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
const word = /(?<name>\w+) \k<nmae>/u;
// CHECK:{{.*}}E0011-invalid-regexp.js:2:28: error[E0011]: invalid regular expression: undefined capture group name 'nmae'
// CHECK-NEXT: 2 | const word = /(?<name>\w+) \k<nmae>/u;
// CHECK-NEXT:   |                            ^~~~~~~~
// CHECK-NEXT:help: fix the pattern; to match the character literally, escape it with a backslash
