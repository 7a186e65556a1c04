// reject: strict mode, eval or arguments as binding or assignment target: compound assignment to arguments in strict code
"use strict";
arguments += 1;
