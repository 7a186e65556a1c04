/*---
description: needs eval
---*/
assert.sameValue(eval("1"), 1);
