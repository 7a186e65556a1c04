// reject: strict mode, legacy octal literal: legacy octal literal 00 in strict code
"use strict";
00;
