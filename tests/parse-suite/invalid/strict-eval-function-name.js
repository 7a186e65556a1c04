// reject: strict mode, eval or arguments as binding or assignment target: function named eval in strict code
"use strict";
function eval() {}
