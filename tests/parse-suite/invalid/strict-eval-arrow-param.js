// reject: strict mode, eval or arguments as binding or assignment target: arrow parameter named eval in strict code
"use strict";
(eval) => 1;
