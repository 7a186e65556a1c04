// reject: strict mode, reserved word as identifier: let as an identifier expression in strict code
"use strict";
let = 1;
