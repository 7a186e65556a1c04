/*---
description: fails with the assertion's message
---*/
assert.sameValue([1, 2].length, 3, "length");
