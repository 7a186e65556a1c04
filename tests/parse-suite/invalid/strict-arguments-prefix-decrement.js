// reject: strict mode, eval or arguments as binding or assignment target: --arguments in strict code
"use strict";
--arguments;
