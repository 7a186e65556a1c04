// reject: strict mode, eval or arguments as binding or assignment target: parameter named eval in strict code
"use strict";
function f(eval) {}
