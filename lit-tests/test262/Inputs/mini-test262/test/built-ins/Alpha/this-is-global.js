/*---
description: top-level this is the global object, as in a script
---*/
assert.sameValue(this, globalThis);
