// reject: strict mode, legacy octal literal: non-octal decimal literal 08 in strict code (sloppy-only)
"use strict";
08;
