/*---
description: needs a second realm
---*/
var other = $262.createRealm();
