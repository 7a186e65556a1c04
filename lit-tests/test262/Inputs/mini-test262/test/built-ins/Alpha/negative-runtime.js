/*---
description: a runtime negative test (passes when a TypeError is thrown)
negative: {phase: runtime, type: TypeError}
---*/
null.property;
