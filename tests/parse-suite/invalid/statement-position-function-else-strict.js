// reject: statement position: function declaration as an else body in strict code
"use strict";
if (a);
else function f() {}
