// reject: label: labelled function declaration in strict code
"use strict";
a: function f() {}
