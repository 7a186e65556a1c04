// reject: strict mode, reserved word as identifier: let as a variable name in strict code
"use strict";
var let;
