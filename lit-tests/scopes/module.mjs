// RUN: %cruftc parse --dump-scopes %s | FileCheck %s --match-full-lines --strict-whitespace
import fs, { readFile as read } from "node:fs";
export { read as load, helper };
function helper() { return fs.existsSync(process.argv[1]) && read; }
export default class Shadow { process() { let process = 1; return process + eval; } }
const { env: { HOME } } = process;
typeof window === "undefined";
// CHECK:scope #0 module at 1:1: helper:function Shadow:class HOME:const fs:import read:import
// CHECK-NEXT:scope #1 function at 4:1 in #0: arguments:arguments
// CHECK-NEXT:scope #2 classBody at 5:16 in #0: Shadow:class
// CHECK-NEXT:scope #3 function at 5:38 in #2: arguments:arguments process:let
// CHECK-NEXT:3:10 read -> import #0 (2:26)
// CHECK-NEXT:3:24 helper -> function #0 (4:10)
// CHECK-NEXT:4:28 fs -> import #0 (2:8)
// CHECK-NEXT:4:42 process -> free
// CHECK-NEXT:4:62 read -> import #0 (2:26)
// CHECK-NEXT:5:67 process -> let #3 (5:47)
// CHECK-NEXT:5:77 eval -> free
// CHECK-NEXT:6:27 process -> free
// CHECK-NEXT:7:8 window -> free
