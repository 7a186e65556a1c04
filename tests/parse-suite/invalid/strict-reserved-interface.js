// reject: strict mode, reserved word as identifier: interface as a variable name in strict code
"use strict";
var interface;
