/*---
description: passes
includes: [counter.js]
---*/
assert.sameValue(twice(21), 42);
