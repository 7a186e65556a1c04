// RUN: %cruftc parse --dump-scopes --goal commonjs %s | FileCheck %s --match-full-lines --strict-whitespace
var a = 1;
function f(x, {y = a} = {}) {
  let a = x + y;
  if (a) { function g() { return arguments; } }
  g();
  return require(z);
}
const h = function self() { return self; };
try {} catch (e) { var e2 = e; }
class C extends Base { m() { return C; } static { var s = 1; } }
for (let i = 0; i < 1; i++) { i; }
label: for (const k of list) { continue label; }
({ p: q } = obj);
// CHECK:scope #0 program at 1:1: exports:commonJSWrapper require:commonJSWrapper module:commonJSWrapper __filename:commonJSWrapper __dirname:commonJSWrapper arguments:arguments a:var e2:var f:function h:const C:class
// CHECK-NEXT:scope #1 function at 3:1 in #0: x:parameter y:parameter arguments:arguments
// CHECK-NEXT:scope #2 functionBody at 3:29 in #1: a:let g:annexBFunction
// CHECK-NEXT:scope #3 block at 5:10 in #2: g:function
// CHECK-NEXT:scope #4 function at 5:12 in #3: arguments:arguments
// CHECK-NEXT:scope #5 functionName at 9:11 in #0: self:functionName
// CHECK-NEXT:scope #6 function at 9:11 in #5: arguments:arguments
// CHECK-NEXT:scope #7 block at 10:5 in #0: 
// CHECK-NEXT:scope #8 catchClause at 10:8 in #0: e:catchParameter
// CHECK-NEXT:scope #9 classBody at 11:1 in #0: C:class
// CHECK-NEXT:scope #10 function at 11:25 in #9: arguments:arguments
// CHECK-NEXT:scope #11 staticBlock at 11:42 in #9: s:var
// CHECK-NEXT:scope #12 forHead at 12:1 in #0: i:let
// CHECK-NEXT:scope #13 block at 12:29 in #12: 
// CHECK-NEXT:scope #14 forHead at 13:8 in #0: k:const
// CHECK-NEXT:scope #15 block at 13:30 in #14: 
// CHECK-NEXT:3:20 a -> var #0 (2:5)
// CHECK-NEXT:4:11 x -> parameter #1 (3:12)
// CHECK-NEXT:4:15 y -> parameter #1 (3:16)
// CHECK-NEXT:5:7 a -> let #2 (4:7)
// CHECK-NEXT:5:34 arguments -> arguments #4 (implicit)
// CHECK-NEXT:6:3 g -> annexBFunction #2 (5:21)
// CHECK-NEXT:7:10 require -> commonJSWrapper #0 (implicit)
// CHECK-NEXT:7:18 z -> free
// CHECK-NEXT:9:36 self -> functionName #5 (9:20)
// CHECK-NEXT:10:29 e -> catchParameter #8 (10:15)
// CHECK-NEXT:11:17 Base -> free
// CHECK-NEXT:11:37 C -> class #9 (11:7)
// CHECK-NEXT:12:17 i -> let #12 (12:10)
// CHECK-NEXT:12:24 i -> let #12 (12:10)
// CHECK-NEXT:12:31 i -> let #12 (12:10)
// CHECK-NEXT:13:24 list -> free
// CHECK-NEXT:14:7 q -> free
// CHECK-NEXT:14:13 obj -> free
