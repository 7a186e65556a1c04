// reject: strict mode, legacy octal literal: legacy octal literal 010 in strict code
"use strict";
010;
