// reject: strict mode, eval or arguments as binding or assignment target: let arguments in strict code
"use strict";
let arguments;
