/*---
description: a parse-phase negative test (passes when the compile fails)
negative:
  phase: parse
  type: SyntaxError
---*/
var x = /(/;
