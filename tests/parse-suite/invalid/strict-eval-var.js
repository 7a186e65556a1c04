// reject: strict mode, eval or arguments as binding or assignment target: var eval in strict code
"use strict";
var eval;
