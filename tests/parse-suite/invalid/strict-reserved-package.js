// reject: strict mode, reserved word as identifier: package as a variable name in strict code
"use strict";
var package;
