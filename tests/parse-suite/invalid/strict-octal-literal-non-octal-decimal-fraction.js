// reject: strict mode, legacy octal literal: non-octal decimal literal 09.5 in strict code
"use strict";
09.5;
