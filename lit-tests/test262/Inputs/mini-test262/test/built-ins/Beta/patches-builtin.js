/*---
description: changes a built-in (passes only with the intrinsics unfrozen)
---*/
Array.prototype.extra = 1;
assert.sameValue([].extra, 1);
