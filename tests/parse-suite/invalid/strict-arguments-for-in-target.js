// reject: strict mode, eval or arguments as binding or assignment target: arguments as for-in target in strict code
"use strict";
for (arguments in {});
