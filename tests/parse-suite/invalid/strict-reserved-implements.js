// reject: strict mode, reserved word as identifier: implements as a variable name in strict code
"use strict";
var implements;
