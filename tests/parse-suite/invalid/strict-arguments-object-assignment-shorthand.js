// reject: strict mode, eval or arguments as binding or assignment target: arguments as a shorthand destructuring assignment target in strict code
"use strict";
({ arguments } = {});
