// reject: strict mode, reserved word as identifier: yield as a variable name in strict code
"use strict";
var yield;
