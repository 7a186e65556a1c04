// reject: strict mode, reserved word as identifier: escaped static (st\u0061tic) as an identifier in strict code
"use strict";
var st\u0061tic;
