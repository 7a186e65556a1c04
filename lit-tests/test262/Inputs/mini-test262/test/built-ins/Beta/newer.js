/*---
description: a feature newer than ES2023
features: [Temporal]
---*/
Temporal.Now;
