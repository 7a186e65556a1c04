// reject: strict mode, reserved word as identifier: private as a variable name in strict code
"use strict";
var private;
