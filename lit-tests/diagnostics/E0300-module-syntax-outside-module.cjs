// RUN: not %cruftc parse %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
const fs = require("fs");
import path from "path";
// CHECK:{{.*}}E0300-module-syntax-outside-module.cjs:3:1: error[E0300]: import declarations may only appear in a module
// CHECK-NEXT: 3 | import path from "path";
// CHECK-NEXT:   | ^~~~~~
// CHECK-NEXT:help: this file is CommonJS; use require(), or name it .mjs or set "type": "module" in package.json
