// reject: strict mode, reserved word as identifier: static as a variable name in strict code
"use strict";
var static;
