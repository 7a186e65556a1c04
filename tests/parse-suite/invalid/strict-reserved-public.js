// reject: strict mode, reserved word as identifier: public as a variable name in strict code
"use strict";
var public;
