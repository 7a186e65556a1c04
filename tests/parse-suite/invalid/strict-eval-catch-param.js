// reject: strict mode, eval or arguments as binding or assignment target: catch parameter named eval in strict code
"use strict";
try {
} catch (eval) {
}
