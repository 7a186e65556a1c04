// reject: strict mode, reserved word as identifier: yield as an identifier expression in strict code
"use strict";
yield = 1;
