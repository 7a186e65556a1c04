// reject: duplicate parameter: duplicate parameters in a strict function
"use strict";
function f(a, a) {}
