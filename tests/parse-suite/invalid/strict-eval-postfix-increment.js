// reject: strict mode, eval or arguments as binding or assignment target: eval++ in strict code
"use strict";
eval++;
