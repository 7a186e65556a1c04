// reject: strict mode, eval or arguments as binding or assignment target: eval as an array destructuring assignment target in strict code
"use strict";
[eval] = [];
