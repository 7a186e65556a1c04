// reject: strict mode, eval or arguments as binding or assignment target: assignment to eval in strict code
"use strict";
eval = 1;
