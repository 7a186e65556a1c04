// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
async function load(url) {
  const await = fetchNow(url);
}
// CHECK:{{.*}}E0211-invalid-await-or-yield.js:3:9: error[E0211]: 'await' cannot be used as a name inside an async function
// CHECK-NEXT: 3 |   const await = fetchNow(url);
// CHECK-NEXT:   |         ^~~~~
// CHECK-NEXT:help: choose another name
