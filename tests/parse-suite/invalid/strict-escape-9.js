// reject: strict mode, legacy octal escape: \9 in a strict string
"use strict";
"\9";
