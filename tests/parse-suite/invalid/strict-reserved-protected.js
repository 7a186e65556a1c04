// reject: strict mode, reserved word as identifier: protected as a variable name in strict code
"use strict";
var protected;
